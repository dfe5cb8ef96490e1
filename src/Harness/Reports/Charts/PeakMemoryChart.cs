namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>Chart 5: peak memory, GPU where it was measured and host RSS otherwise, with the axis saying which.</summary>
internal static class PeakMemoryChart
{
    public const string FileName = "peak-memory.png";

    private const string Title = "Peak memory by strategy and hardware";

    public static ReportFigure Build(MergedRuns merged)
    {
        var measured = merged.Runs.Select(r => PeakMemory.Of(r.Run)).OfType<PeakMemory>().ToList();
        if (measured.Count == 0)
        {
            return ReportFigure.Omitted(FileName, Title, "no run recorded its peak GPU memory or host RSS.");
        }

        var unit = ReportFormat.UnitFor(measured.Max(m => m.Bytes));
        var allGpu = measured.All(m => m.IsGpu);
        var noGpu = measured.All(m => !m.IsGpu);
        var axis = allGpu ? $"Peak GPU memory ({unit.Name})"
            : noGpu ? $"Peak host memory, RSS ({unit.Name})"
            : $"Peak memory ({unit.Name}): GPU, or host RSS where marked";
        var png = GroupedBarChart.Render(
            merged,
            Title,
            axis,
            run => PeakMemory.Of(run.Run) is { } memory
                ? new GroupedBarChart.Bar(
                    unit.Convert(memory.Bytes),
                    GroupedBarChart.Marked(unit.Number(memory.Bytes) + (allGpu || noGpu || memory.IsGpu ? "" : " RSS"), run))
                : null);
        var caption = allGpu
            ? "Peak GPU memory of each run (weights, KV cache and compute buffers)."
            : noGpu
                ? "No run measured GPU memory (CPU runs or no NVML), so this is the peak resident memory of the process."
                : "GPU memory where the run measured it; runs without a GPU measurement show host RSS, marked RSS on the bar. The two are not comparable.";
        return ReportFigure.Drawn(FileName, Title, caption, png);
    }
}
