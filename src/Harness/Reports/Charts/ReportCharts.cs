namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>The report's five charts in reading order; each is drawn or says why it is not.</summary>
public static class ReportCharts
{
    /// <summary>Every file name a report may write, so a re-run into the same folder can remove charts it no longer draws.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
    [
        ThroughputChart.FileName,
        TotalTimeChart.FileName,
        RougeScatterChart.FileName,
        LatencyChart.FileName,
        PeakMemoryChart.FileName,
    ];

    public static IReadOnlyList<ReportFigure> Build(MergedRuns merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        return
        [
            ThroughputChart.Build(merged),
            TotalTimeChart.Build(merged),
            RougeScatterChart.Build(merged),
            LatencyChart.Build(merged),
            PeakMemoryChart.Build(merged),
        ];
    }
}
