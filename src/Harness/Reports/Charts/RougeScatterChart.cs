using System.Globalization;
using ScottPlot;

namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>
/// Chart 3: quality against speed, one labelled point per run with real weights and a ROUGE-1 score.
/// Throughput spans two orders of magnitude in the seed (0.055 to 4.273 docs/s), so the x axis turns
/// logarithmic when the range is that wide; otherwise the slow runs would pile up at the left edge.
/// </summary>
internal static class RougeScatterChart
{
    public const string FileName = "rouge-vs-throughput.png";

    private const string Title = "ROUGE-1 F1 against throughput";

    private const float MarkerSize = 13;

    private const float LabelFontSize = 15;

    /// <summary>Pixels between a point and its label beyond which a leader line is drawn.</summary>
    private const float LeaderFrom = 24;

    /// <summary>A max/min ratio from which a linear axis would squash the slow runs together.</summary>
    private const double LogScaleRatio = 10;

    public static ReportFigure Build(MergedRuns merged)
    {
        var scored = merged.Runs.Where(r => r.Completed && r.Rouge1 is not null && r.Run.DocsPerSecond > 0).ToList();
        if (scored.Count == 0)
        {
            return ReportFigure.Omitted(FileName, Title, WhyNothingIsScored(merged));
        }

        var minimum = scored.Min(r => r.Run.DocsPerSecond);
        var maximum = scored.Max(r => r.Run.DocsPerSecond);
        var logarithmic = maximum / minimum >= LogScaleRatio;
        double X(ReportRun run) => logarithmic ? Math.Log10(run.Run.DocsPerSecond) : run.Run.DocsPerSecond;

        using var plot = ChartStyle.CreatePlot(
            Title,
            logarithmic ? "Documents per second (docs/s, log scale)" : "Documents per second (docs/s)",
            "ROUGE-1 F1 (mean over documents)");
        for (var series = 0; series < merged.Hardware.Count; series++)
        {
            var runs = scored.Where(r => r.Hardware == merged.Hardware[series]).ToList();
            if (runs.Count > 0)
            {
                plot.Add.Markers(runs.Select(X).ToArray(), runs.Select(r => r.Rouge1!.Value).ToArray(), MarkerShape.FilledCircle, MarkerSize, ChartStyle.SeriesColor(series));
            }
        }

        SetLimits(plot, scored.Select(X).ToList(), scored.Select(r => r.Rouge1!.Value).ToList());
        if (logarithmic)
        {
            plot.Axes.Bottom.TickGenerator = LogTicks(plot.Axes.GetLimits().Left, plot.Axes.GetLimits().Right);
        }

        AddLabels(plot, scored, X);
        return ReportFigure.Drawn(
            FileName,
            Title,
            "One point per run with real weights and scored references; up and to the right is better. Colour marks the hardware. "
            + "ROUGE-1 is rouge_score-exact unigram F1, the mean over the run's documents.",
            ChartStyle.Png(plot));
    }

    private static string WhyNothingIsScored(MergedRuns merged)
    {
        if (merged.Runs.All(r => r.Run.Metadata.ModelSynthetic))
        {
            return "every run used synthetic (random) weights, so ROUGE-1 would say nothing about summary quality. Throughput, time and memory carry over; quality does not.";
        }

        return merged.Runs.Any(r => !r.Completed && !r.Run.Metadata.ModelSynthetic)
            ? "no completed run with real weights has a ROUGE-1 score (runs with real weights either did not complete or had no reference summaries to score)."
            : "no run with real weights has a ROUGE-1 score: their documents had no reference summaries to score against.";
    }

    /// <summary>Padding around the points leaves room for labels on every side.</summary>
    private static void SetLimits(Plot plot, IReadOnlyList<double> xs, IReadOnlyList<double> ys)
    {
        var xSpan = Math.Max(xs.Max() - xs.Min(), 0.2);
        var ySpan = Math.Max(ys.Max() - ys.Min(), 0.02);
        plot.Axes.SetLimits(xs.Min() - (xSpan * 0.25), xs.Max() + (xSpan * 0.25), ys.Min() - (ySpan * 0.3), ys.Max() + (ySpan * 0.3));
    }

    /// <summary>Ticks at 1, 2, 5 × powers of ten, labelled with the real rate rather than its logarithm.</summary>
    private static ScottPlot.TickGenerators.NumericManual LogTicks(double low, double high)
    {
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var exponent = (int)Math.Floor(low) - 1; exponent <= (int)Math.Ceiling(high); exponent++)
        {
            foreach (var mantissa in new[] { 1, 2, 5 })
            {
                var value = mantissa * Math.Pow(10, exponent);
                var position = Math.Log10(value);
                if (position >= low && position <= high)
                {
                    ticks.AddMajor(position, value.ToString(exponent < 0 ? "0.###" : "0", CultureInfo.InvariantCulture));
                }
            }

            for (var minor = 3; minor <= 9; minor++)
            {
                var position = Math.Log10(minor * Math.Pow(10, exponent));
                if (minor != 5 && position >= low && position <= high)
                {
                    ticks.AddMinor(position);
                }
            }
        }

        return ticks;
    }

    /// <summary>Renders once to learn where the points land, then puts each label where it overlaps nothing.</summary>
    private static void AddLabels(Plot plot, List<ReportRun> runs, Func<ReportRun, double> x)
    {
        plot.RenderInMemory(ChartStyle.Width, ChartStyle.Height);
        var dataRect = plot.LastRender.DataRect;
        var pixels = runs.Select(r => plot.GetPixel(new Coordinates(x(r), r.Rouge1!.Value))).Select(p => (p.X, p.Y)).ToList();
        var texts = runs.Select(r =>
        {
            var text = plot.Add.Text(r.Label, x(r), r.Rouge1!.Value);
            text.LabelFontSize = LabelFontSize;
            text.LabelFontName = ChartStyle.FontFamily;
            text.LabelFontColor = Colors.Black;
            text.LabelBackgroundColor = Colors.White.WithAlpha(0.8);
            text.Alignment = Alignment.UpperLeft;
            return text;
        }).ToList();

        using var paint = Paint.NewDisposablePaint();
        var sizes = texts.Select(t =>
        {
            var size = t.LabelStyle.Measure(paint).Size;
            return (size.Width + 4, size.Height + 4);
        }).ToList();
        var bounds = new LabelPlacer.Box(dataRect.Left, dataRect.Top, dataRect.Width, dataRect.Height);
        var boxes = LabelPlacer.Place(pixels, sizes, bounds, MarkerSize / 2);
        for (var i = 0; i < texts.Count; i++)
        {
            texts[i].OffsetX = boxes[i].Left - pixels[i].X;
            texts[i].OffsetY = boxes[i].Top - pixels[i].Y;

            // A label pushed away from its point by its neighbours gets a thin leader, so it is never
            // read as naming the point it happens to sit next to.
            var (nearestX, nearestY) = boxes[i].NearestPointTo(pixels[i].X, pixels[i].Y);
            if (Math.Abs(nearestX - pixels[i].X) + Math.Abs(nearestY - pixels[i].Y) > LeaderFrom)
            {
                var leader = plot.Add.Line(
                    new Coordinates(x(runs[i]), runs[i].Rouge1!.Value),
                    plot.GetCoordinates(new Pixel(nearestX, nearestY)));
                leader.Color = Colors.DimGray;
                leader.LineWidth = 1.2f;
            }
        }
    }
}
