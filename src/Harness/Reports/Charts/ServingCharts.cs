using Llama2Validation.Harness.Measurement.Serving;
using ScottPlot;

namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>
/// The serving sweep's two charts, drawn only when endpoint runs are in the report: throughput and
/// goodput per load point, and latency percentiles per load point. Load points are the endpoint runs
/// in report order, labelled with the load their strategy name states (c4, c100-r2).
/// </summary>
internal static class ServingCharts
{
    public const string ThroughputFileName = "serving-throughput.png";

    public const string LatencyFileName = "serving-latency.png";

    public static IReadOnlyList<string> FileNames { get; } = [ThroughputFileName, LatencyFileName];

    public static IReadOnlyList<ReportFigure> Build(MergedRuns merged)
    {
        var points = merged.Runs.Where(r => r.Completed && r.Run.Serving is not null).ToList();
        return points.Count == 0 ? [] : [Throughput(points), Latency(points)];
    }

    private static ReportFigure Throughput(List<ReportRun> points)
    {
        const string Title = "Serving: throughput per load point";
        using var plot = ChartStyle.CreatePlot(Title, "Load point (concurrency c, request rate r per second)", "Output tokens per second (wall time)");
        var bars = points.Select((p, i) => new Bar
        {
            Position = i,
            Value = p.Run.Serving!.OutputTokensPerSecond,
            FillColor = ChartStyle.SeriesColor(0),
            LineWidth = 0,
            Label = ReportFormat.Rate(p.Run.Serving.OutputTokensPerSecond),
        }).ToList();
        var throughput = plot.Add.Bars(bars);
        throughput.LegendText = "output tokens/s";
        throughput.ValueLabelStyle.FontName = ChartStyle.FontFamily;

        // Goodput is requests per second: on the right axis, so its scale is its own.
        var goodput = plot.Add.Scatter(points.Select((_, i) => (double)i).ToArray(), points.Select(p => p.Run.Serving!.GoodputRequestsPerSecond).ToArray());
        goodput.Axes.YAxis = plot.Axes.Right;
        goodput.Color = ChartStyle.SeriesColor(1);
        goodput.LineWidth = 2.5f;
        goodput.MarkerSize = 9;
        goodput.LegendText = "goodput (requests/s within the SLO)";
        plot.Axes.Right.Label.Text = "Goodput (requests per second)";
        Ticks(plot, points);
        plot.Axes.SetLimitsY(0, Math.Max(1e-9, bars.Max(b => b.Value)) * 1.15);
        plot.Axes.SetLimitsY(0, Math.Max(1e-9, points.Max(p => p.Run.Serving!.GoodputRequestsPerSecond)) * 1.15, plot.Axes.Right);
        plot.ShowLegend(Edge.Bottom);
        var slo = points[0].Run.Serving!.Slo;
        return ReportFigure.Drawn(
            ThroughputFileName,
            Title,
            "Bars: output tokens over the wall time from the first request sent to the last token received (never over summed per-request times, which overlap). "
            + $"Line: goodput, the requests per second whose TTFT ≤ {slo.TimeToFirstTokenSeconds * 1000:0} ms and TPOT ≤ {slo.TimePerOutputTokenSeconds * 1000:0} ms.",
            ChartStyle.Png(plot, ChartStyle.Width, ChartStyle.Height + 40));
    }

    private static ReportFigure Latency(List<ReportRun> points)
    {
        const string Title = "Serving: latency percentiles per load point";
        using var plot = ChartStyle.CreatePlot(Title, "Load point (concurrency c, request rate r per second)", "Milliseconds (log scale)");
        var xs = points.Select((_, i) => (double)i).ToArray();
        var series = new (string Name, Func<ServingMetrics, double> Value)[]
        {
            ("TTFT p50", s => s.TimeToFirstToken.P50),
            ("TTFT p90", s => s.TimeToFirstToken.P90),
            ("TTFT p99", s => s.TimeToFirstToken.P99),
            ("TPOT p50", s => s.TimePerOutputToken.P50),
            ("TPOT p90", s => s.TimePerOutputToken.P90),
            ("TPOT p99", s => s.TimePerOutputToken.P99),
        };
        for (var i = 0; i < series.Length; i++)
        {
            // Log scale: TTFT and TPOT differ by orders of magnitude; 0 (not measured) is left at the floor.
            var ys = points.Select(p => Math.Log10(Math.Max(1e-3, series[i].Value(p.Run.Serving!) * 1000))).ToArray();
            var line = plot.Add.Scatter(xs, ys);
            line.Color = ChartStyle.SeriesColor(i < 3 ? 0 : 1).WithAlpha(i % 3 == 2 ? 1 : i % 3 == 1 ? 0.75 : 0.5);
            line.LinePattern = i % 3 == 0 ? LinePattern.Dotted : i % 3 == 1 ? LinePattern.Dashed : LinePattern.Solid;
            line.LineWidth = 2.5f;
            line.MarkerSize = 7;
            line.LegendText = series[i].Name;
        }

        var logTicks = new ScottPlot.TickGenerators.LogMinorTickGenerator();
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic { MinorTickGenerator = logTicks, LabelFormatter = y => Math.Pow(10, y).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture) };
        Ticks(plot, points);
        plot.ShowLegend(Edge.Bottom);
        return ReportFigure.Drawn(
            LatencyFileName,
            Title,
            "Per request: time to first token (request sent → first token, queueing included) and time per output token (decode time over the tokens after the first), at the 50th, 90th and 99th percentiles.",
            ChartStyle.Png(plot, ChartStyle.Width, ChartStyle.Height + 40));
    }

    private static void Ticks(Plot plot, List<ReportRun> points)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < points.Count; i++)
        {
            var serving = points[i].Run.Serving!;
            ticks.AddMajor(i, merged(points[i], serving));
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Grid.XAxisStyle.IsVisible = false;

        static string merged(ReportRun run, ServingMetrics serving) => $"{run.Hardware}\n{serving.Load.Label}";
    }
}
