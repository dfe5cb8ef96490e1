namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>
/// Bars grouped by strategy with one colour per hardware class: the seed's main chart shape, shared by
/// throughput, total time and memory so all three read the same way.
/// </summary>
internal static class GroupedBarChart
{
    /// <summary>Above this many series the value labels would collide; the table carries the numbers then.</summary>
    private const int MaxSeriesWithValueLabels = 4;

    /// <summary>Share of a group's slot the bars take; a lone bar per group is kept narrower so it does not read as a block.</summary>
    private static double GroupWidth(int series) => series == 1 ? 0.5 : 0.8;

    public static byte[] Render(MergedRuns merged, string title, string yLabel, Func<ReportRun, Bar?> value)
    {
        var hardware = merged.Hardware;
        var strategies = merged.Strategies;
        var singleMachine = hardware.Count == 1;
        using var plot = ChartStyle.CreatePlot(singleMachine ? $"{title} ({hardware[0]})" : title, "Strategy", yLabel);

        var groupWidth = GroupWidth(hardware.Count);
        var barWidth = groupWidth / hardware.Count;
        var showLabels = hardware.Count <= MaxSeriesWithValueLabels;
        var highest = 0d;
        for (var series = 0; series < hardware.Count; series++)
        {
            var bars = new List<ScottPlot.Bar>();
            for (var group = 0; group < strategies.Count; group++)
            {
                var run = merged.Find(hardware[series], strategies[group]);
                if (run is null || value(run) is not { } bar)
                {
                    continue;
                }

                highest = Math.Max(highest, bar.Value);
                bars.Add(new ScottPlot.Bar
                {
                    Position = group - (groupWidth / 2) + (barWidth * (series + 0.5)),
                    Value = bar.Value,
                    Size = barWidth * 0.92,
                    FillColor = ChartStyle.SeriesColor(series),
                    LineWidth = 0,
                    Label = showLabels || bar.Value == 0 ? bar.Label : "",
                });
            }

            if (bars.Count == 0)
            {
                continue;
            }

            var plottable = plot.Add.Bars(bars);
            plottable.LegendText = hardware[series];
            plottable.ValueLabelStyle.FontSize = 14;
            plottable.ValueLabelStyle.FontName = ChartStyle.FontFamily;
        }

        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var group = 0; group < strategies.Count; group++)
        {
            ticks.AddMajor(group, strategies[group]);
        }

        plot.Axes.Bottom.TickGenerator = ticks;
        plot.Axes.Bottom.MajorTickStyle.Length = 0;
        // Horizontal lines help read heights; vertical ones would cut through the groups.
        plot.Grid.XAxisStyle.IsVisible = false;

        // Bars stand on zero; the headroom keeps value labels inside the frame.
        plot.Axes.SetLimits(-0.5, strategies.Count - 0.5, 0, highest > 0 ? highest * 1.2 : 1);
        if (singleMachine)
        {
            // The title names the one machine; ScottPlot would otherwise draw a legend over the bars.
            plot.HideLegend();
        }
        else
        {
            ChartStyle.LegendOutside(plot);
        }

        return ChartStyle.Png(plot);
    }

    /// <summary>"OOM" over "41.5": a figure of a run that stopped early says so on its bar.</summary>
    public static string Marked(string figure, ReportRun run) =>
        run.Completed ? figure : $"{ReportFormat.ShortOutcome(run.Run.Outcome)}\n{figure}";

    /// <summary>One bar's height and the text above it ("4.273", or "out-of-memory" on a zero bar).</summary>
    public sealed record Bar(double Value, string Label);
}
