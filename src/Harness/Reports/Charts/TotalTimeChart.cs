namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>Chart 2: the seed's total_time, the whole run including model load.</summary>
internal static class TotalTimeChart
{
    public const string FileName = "total-time.png";

    private const string Title = "Total wall time by strategy and hardware";

    public static ReportFigure Build(MergedRuns merged)
    {
        if (!merged.Runs.Any(r => r.Run.WallSeconds > 0))
        {
            return ReportFigure.Omitted(FileName, Title, "no run recorded a wall time.");
        }

        var png = GroupedBarChart.Render(
            merged,
            Title,
            "Total wall time (s, model load included)",
            run => run.Run.WallSeconds > 0 ? new GroupedBarChart.Bar(run.Run.WallSeconds, GroupedBarChart.Marked(ReportFormat.Seconds(run.Run.WallSeconds), run)) : null);
        return ReportFigure.Drawn(
            FileName,
            Title,
            "Seconds from start to finish of each run, model load included (the seed's total_time); lower is better. A run that stopped early is marked with its outcome (OOM: out of memory); its time is short for that reason.",
            png);
    }
}
