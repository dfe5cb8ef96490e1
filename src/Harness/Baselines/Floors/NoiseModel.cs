using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>
/// How much worse than its recorded value a figure may measure before it fails:
/// tolerance = clamp(k(n) × relative spread, minimum, maximum), where the relative spread is
/// (max − min) / median over the baseline's n repeat runs. The range of three repeats understates the
/// spread of future runs, hence k(3) = 3. The range of more repeats is wider for the same noise (for normal
/// noise, d2(n) standard deviations), so k(n) = 3 × d2(3) / d2(n): pooling recordings from several sittings
/// or runners widens a floor by the noise they add, not by their number. The minimum keeps a quiet machine
/// from failing on 1% wobble; a single run has no measured spread, so it gets a wider tolerance until
/// repeats are recorded. See baselines/README.md.
/// </summary>
public static class NoiseModel
{
    /// <summary>k for three repeat runs; see <see cref="SpreadMultiplierFor"/> for n runs.</summary>
    public const double SpreadMultiplier = 3.0;

    /// <summary>
    /// d2(n): the expected range of n samples of unit normal noise, n = 2…25 (the control-chart table).
    /// Beyond 25 the last value is used, which only widens the tolerance.
    /// </summary>
    private static readonly double[] ExpectedRange =
    [
        1.128, 1.693, 2.059, 2.326, 2.534, 2.704, 2.847, 2.970, 3.078, 3.173, 3.258, 3.336,
        3.407, 3.472, 3.532, 3.588, 3.640, 3.689, 3.735, 3.778, 3.819, 3.858, 3.895, 3.931,
    ];

    public const double MinimumTolerance = 0.05;

    /// <summary>Beyond this a floor no longer gates anything; record more repeats instead.</summary>
    public const double MaximumTolerance = 0.5;

    /// <summary>Used when fewer than <see cref="MinimumRepeatsForSpread"/> runs were measured.</summary>
    public const double UnmeasuredTolerance = 0.15;

    public const int MinimumRepeatsForSpread = 3;

    /// <summary>The tolerance of a figure from repeat runs (<see cref="ToleranceRule.RepeatRuns"/>).</summary>
    public static double Tolerance(double relativeSpread, int repeats) => ToleranceRule.RepeatRuns.Tolerance(relativeSpread, repeats);

    /// <summary>k(n) = 3 × d2(3) / d2(n): the same allowance in standard deviations whatever the number of repeats.</summary>
    public static double SpreadMultiplierFor(int repeats) =>
        repeats <= MinimumRepeatsForSpread ? SpreadMultiplier : SpreadMultiplier / RangeScale(MinimumRepeatsForSpread, repeats);

    /// <summary>
    /// How much wider the range of <paramref name="repeats"/> runs is expected to be than the range of
    /// <paramref name="measuredOver"/> runs of the same noise: d2(repeats) / d2(measuredOver).
    /// </summary>
    public static double RangeScale(int measuredOver, int repeats) =>
        D2(Math.Max(repeats, 2)) / D2(Math.Max(measuredOver, 2));

    private static double D2(int n) => ExpectedRange[Math.Min(n, ExpectedRange.Length + 1) - 2];

    /// <summary>The figure a set of repeat measurements proposes: median, spread, count and derived tolerance.</summary>
    /// <param name="repeats">The figure's values over repeat runs.</param>
    /// <param name="atLeastSpread">A spread observed elsewhere on the same machine, which this figure's own spread may understate.</param>
    public static MeasuredFigure Figure(IReadOnlyList<double> repeats, double atLeastSpread = 0)
    {
        ArgumentNullException.ThrowIfNull(repeats);
        var spread = Math.Max(Spread.Relative(repeats), atLeastSpread);
        return new MeasuredFigure
        {
            Recorded = Spread.Median(repeats),
            RelativeSpread = spread,
            Repeats = repeats.Count,
            Tolerance = Tolerance(spread, repeats.Count),
        };
    }
}
