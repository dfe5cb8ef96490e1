namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>
/// The report's five charts in reading order, each drawn or saying why it is not, then the serving
/// charts when endpoint runs are present (absent otherwise: in-process reports have no load points).
/// </summary>
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

    /// <summary>Every chart file a report may write, serving charts included, for removal of stale ones.</summary>
    public static IReadOnlyList<string> AllFileNames { get; } = [.. FileNames, .. ServingCharts.FileNames];

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
            .. ServingCharts.Build(merged),
        ];
    }
}
