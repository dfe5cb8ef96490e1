using System.Globalization;
using Llama2Validation.Harness.Measurement;
using ScottPlot;

namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>
/// Chart 4: each completed document's latency (time to first token + decode) against its prompt
/// length, with a least-squares line per run, so a reader sees both the per-token cost and the spread.
/// </summary>
internal static class LatencyChart
{
    public const string FileName = "latency-vs-length.png";

    private const string Title = "Per-document latency against prompt length";

    /// <summary>Legend entries that fit in rows below the data area (two columns).</summary>
    private const int MaxSeriesBelow = 10;

    public static ReportFigure Build(MergedRuns merged)
    {
        var series = merged.Runs
            .Select(run => (Run: run, Points: Points(run.Run)))
            .Where(s => s.Points.Count > 0)
            .ToList();
        if (series.Count == 0)
        {
            return ReportFigure.Omitted(FileName, Title, "no run recorded a completed document with its prompt length and timings.");
        }

        using var plot = ChartStyle.CreatePlot(Title, "Document length (prompt tokens)", "Latency per document (s): first token + decode");
        foreach (var (run, points) in series)
        {
            var style = SeriesStyle.For(merged, run);
            var markers = plot.Add.Markers(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), style.Marker, 6, style.Color.WithAlpha(0.5));
            var fit = LeastSquaresLine.Fit(points);
            if (fit is null)
            {
                markers.LegendText = $"{run.Label}: too few distinct lengths for a line";
                continue;
            }

            var low = points.Min(p => p.X);
            var high = points.Max(p => p.X);
            var line = plot.Add.Line(low, fit.At(low), high, fit.At(high));
            line.Color = style.Color;
            line.LineWidth = 2.5f;
            line.LinePattern = style.Pattern;
            line.LegendText = $"{run.Label}: {Describe(fit)}";
        }

        plot.Axes.Margins(0.03, 0.05);
        plot.Axes.SetLimitsY(0, plot.Axes.GetDataLimits().Top * 1.05);
        // Below, not beside, while it fits in a few rows: the fit descriptions are long and a side legend
        // would halve the data area. Many runs (several GPUs merged) get one column at the right of a
        // wider, taller figure instead, since ScottPlot clips a bottom legend of many rows.
        var manySeries = series.Count > MaxSeriesBelow;
        plot.ShowLegend(manySeries ? Edge.Right : Edge.Bottom);
        plot.Legend.FontName = ChartStyle.FontFamily;
        var width = manySeries ? ChartStyle.Width + 380 : ChartStyle.Width;
        var height = manySeries ? Math.Max(ChartStyle.Height, (series.Count * 26) + 120) : ChartStyle.Height + (series.Count * 14);
        return ReportFigure.Drawn(
            FileName,
            Title,
            "Each point is one completed document; each line is a least-squares fit (colour: strategy; marker and line pattern: hardware), read as fixed seconds plus milliseconds per prompt token (the legend gives each fit). "
            + "Sequential strategies' latency is one document's own time; batched ones include the wait for the documents sharing its decode steps.",
            ChartStyle.Png(plot, width, height));
    }

    private static List<(double X, double Y)> Points(RunResult run) =>
        run.Documents
            .Where(d => d.Outcome == DocumentOutcome.Ok && d.PromptTokens > 0)
            .Select(d => ((double)d.PromptTokens, d.TimeToFirstTokenSeconds + d.DecodeSeconds))
            .ToList();

    private static string Describe(LeastSquaresLine fit) =>
        string.Create(CultureInfo.InvariantCulture, $"{fit.Intercept:0.00} s {(fit.Slope < 0 ? "−" : "+")} {Math.Abs(fit.Slope) * 1000:0.00} ms/token");
}
