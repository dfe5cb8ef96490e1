using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Harness.Running;

/// <summary>What the detected hardware contributes to every run's provenance and cache key.</summary>
public sealed record HostFacts(string HardwareClass, string Fingerprint, string Description, string? GpuDriver)
{
    public static HostFacts From(HardwareReport report) =>
        new(HardwareReport.Label(report.Class, report.GpuMemory), report.Fingerprint, report.Description, report.Gpu.DriverVersion);
}
