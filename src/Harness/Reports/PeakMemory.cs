namespace Llama2Validation.Harness.Reports;

/// <summary>
/// The memory figure a report shows for a run: GPU memory where it was measured, host RSS otherwise,
/// always saying which, since the two are not comparable.
/// </summary>
public sealed record PeakMemory(long Bytes, bool IsGpu)
{
    public string Kind => IsGpu ? "GPU" : "host RSS";

    public string Text => $"{ReportFormat.Memory(Bytes)} {Kind}";

    public static PeakMemory? Of(Measurement.RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (result.PeakGpuMemoryBytes is { } gpu && gpu > 0)
        {
            return new PeakMemory(gpu, IsGpu: true);
        }

        return result.PeakRssBytes > 0 ? new PeakMemory(result.PeakRssBytes, IsGpu: false) : null;
    }
}
