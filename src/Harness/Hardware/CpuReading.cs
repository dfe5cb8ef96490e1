namespace Llama2Validation.Harness.Hardware;

/// <summary>The host CPU and memory as the probes found them.</summary>
public sealed record CpuReading
{
    public const string UnknownModel = "unknown CPU";

    public string Model { get; init; } = UnknownModel;

    /// <summary>Logical processors the machine has (not the share a container may be limited to).</summary>
    public int LogicalCores { get; init; }

    /// <summary>Distinct physical cores; null where the platform does not say.</summary>
    public int? PhysicalCores { get; init; }

    public InstructionSetLevel InstructionSet { get; init; }

    public long? MemoryTotalMiB { get; init; }
}
