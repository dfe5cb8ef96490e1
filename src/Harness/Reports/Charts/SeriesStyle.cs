using ScottPlot;

namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>
/// Colour says strategy, marker and line pattern say hardware, so "A100 · 4-bit" and "T4 · 4-bit" read
/// as the same strategy on two machines.
/// </summary>
internal sealed record SeriesStyle(Color Color, MarkerShape Marker, LinePattern Pattern)
{
    private static readonly MarkerShape[] Markers =
        [MarkerShape.FilledCircle, MarkerShape.FilledTriangleUp, MarkerShape.FilledSquare, MarkerShape.FilledDiamond, MarkerShape.FilledTriangleDown];

    private static readonly LinePattern[] Patterns =
        [LinePattern.Solid, LinePattern.Dashed, LinePattern.Dotted, LinePattern.DenselyDashed];

    public static SeriesStyle For(MergedRuns merged, ReportRun run)
    {
        ArgumentNullException.ThrowIfNull(merged);
        ArgumentNullException.ThrowIfNull(run);
        var strategy = merged.Strategies.ToList().IndexOf(run.Strategy);
        var hardware = merged.Hardware.ToList().IndexOf(run.Hardware);
        return new SeriesStyle(ChartStyle.SeriesColor(strategy), Markers[hardware % Markers.Length], Patterns[hardware % Patterns.Length]);
    }
}
