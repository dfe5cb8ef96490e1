using System.Globalization;

namespace Llama2Validation.Harness.Hardware;

/// <summary>
/// A stable one-line identity of the hardware, fine enough to tell machines apart: detected class, GPU
/// name, count, memory and driver major version, CPU model, instruction level and cores. Nothing that
/// varies between runs on one machine (free memory, clocks) is part of it, so it can key the run cache;
/// the full driver version is recorded separately in each run's metadata.
/// </summary>
public static class HardwareFingerprint
{
    public static string Of(HardwareReport report)
    {
        var gpu = report.PrimaryGpu is { } device
            ? string.Create(CultureInfo.InvariantCulture, $"{report.Gpu.Devices.Count}x {device.Name}|{device.MemoryTotalMiB} MiB|driver {DriverMajor(report.Gpu.DriverVersion)}")
            : "no GPU";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{report.DetectedClass}|{gpu}|{report.Cpu.Model}|{report.Cpu.InstructionSet}|{report.Cpu.LogicalCores} cores");
    }

    private static string DriverMajor(string? version) =>
        string.IsNullOrWhiteSpace(version) ? "unknown" : version.Split('.')[0];
}
