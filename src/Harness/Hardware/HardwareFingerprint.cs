using System.Globalization;

namespace Llama2Validation.Harness.Hardware;

/// <summary>
/// A stable one-line identity of the hardware: detected class, GPU name, count and memory, CPU model and
/// cores. Nothing that varies between runs on one machine (free memory, driver) is part of it, so it can
/// key the run cache; a driver upgrade is recorded separately in each run's metadata.
/// </summary>
public static class HardwareFingerprint
{
    public static string Of(HardwareReport report)
    {
        var gpu = report.PrimaryGpu is { } device
            ? string.Create(CultureInfo.InvariantCulture, $"{report.Gpu.Devices.Count}x {device.Name}|{device.MemoryTotalMiB} MiB")
            : "no GPU";
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{report.DetectedClass}|{gpu}|{report.Cpu.Model}|{report.Cpu.LogicalCores} cores");
    }
}
