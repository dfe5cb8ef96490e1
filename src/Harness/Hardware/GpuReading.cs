namespace Llama2Validation.Harness.Hardware;

/// <summary>What the GPU probes found, and why the ones that failed did not answer.</summary>
public sealed record GpuReading
{
    public GpuProbeSource Source { get; init; }

    public IReadOnlyList<GpuDevice> Devices { get; init; } = [];

    public string? DriverVersion { get; init; }

    /// <summary>The newest CUDA version the driver supports, e.g. "12.4".</summary>
    public string? CudaVersion { get; init; }

    /// <summary>One line per probe that did not answer, in the order they were tried.</summary>
    public IReadOnlyList<string> Problems { get; init; } = [];

    /// <summary>
    /// Why no GPU is seen, short enough for a skip reason ("no NVIDIA driver"); null when a GPU is seen.
    /// </summary>
    public string? NoGpuReason { get; init; }

    public static GpuReading NoGpu(string reason, IReadOnlyList<string> problems) =>
        new() { Source = GpuProbeSource.None, NoGpuReason = reason, Problems = problems };
}
