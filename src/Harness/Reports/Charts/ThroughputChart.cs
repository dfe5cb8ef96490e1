namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>Chart 1, the seed's main chart: documents per second per strategy × hardware.</summary>
internal static class ThroughputChart
{
    public const string FileName = "docs-per-second.png";

    private const string Title = "Throughput by strategy and hardware";

    public static ReportFigure Build(MergedRuns merged)
    {
        if (!merged.Runs.Any(r => r.Completed && r.Run.DocsPerSecond > 0))
        {
            return ReportFigure.Omitted(FileName, Title, "no run completed with a measured throughput, so there is nothing to compare.");
        }

        var png = GroupedBarChart.Render(
            merged,
            Title,
            "Documents per second (docs/s, load excluded)",
            run => run.Completed
                ? new GroupedBarChart.Bar(run.Run.DocsPerSecond, ReportFormat.Rate(run.Run.DocsPerSecond))
                : new GroupedBarChart.Bar(0, ReportFormat.ShortOutcome(run.Run.Outcome)));
        return ReportFigure.Drawn(
            FileName,
            Title,
            "Completed documents over the time from the first prompt token to the last generated token (model load excluded); higher is better. "
            + "A run that did not complete shows its outcome on a zero bar (OOM: out of memory); a missing bar means that strategy was not run on that hardware.",
            png);
    }
}
