namespace Llama2Validation.Harness.Hardware.Probes;

/// <summary>Either NVML's reading, or why it gave none.</summary>
public sealed record NvmlOutcome(GpuReading? Reading, string? Problem)
{
    public static NvmlOutcome Failed(string problem) => new(null, problem);
}
