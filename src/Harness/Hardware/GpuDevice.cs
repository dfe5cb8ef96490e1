namespace Llama2Validation.Harness.Hardware;

/// <summary>One NVIDIA GPU as a probe reported it. Memory in MiB, the unit nvidia-smi and NVML agree on.</summary>
public sealed record GpuDevice
{
    /// <summary>The marketing name, e.g. "NVIDIA A100-SXM4-40GB": what classification reads.</summary>
    public required string Name { get; init; }

    public required long MemoryTotalMiB { get; init; }

    /// <summary>Free at probe time; varies between probes, so it is never part of a fingerprint.</summary>
    public long? MemoryFreeMiB { get; init; }

    /// <summary>CUDA compute capability as "major.minor" (8.0 for A100, 9.0 for H100/H200); null when unreported.</summary>
    public string? ComputeCapability { get; init; }

    public override string ToString() => $"{Name}, {MemoryTotalMiB} MiB";
}
