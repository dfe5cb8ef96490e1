using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>
/// How much worse than its recorded value a figure may measure before it fails:
/// tolerance = clamp(k × relative spread, minimum, maximum), where the relative spread is
/// (max − min) / median over the baseline's repeat runs. The range of a few repeats understates the
/// spread of future runs, hence k = 3; the minimum keeps a quiet machine from failing on 1% wobble; a
/// single run has no measured spread, so it gets a wider tolerance until repeats are recorded.
/// See baselines/README.md.
/// </summary>
public static class NoiseModel
{
    public const double SpreadMultiplier = 3.0;

    public const double MinimumTolerance = 0.05;

    /// <summary>Beyond this a floor no longer gates anything; record more repeats instead.</summary>
    public const double MaximumTolerance = 0.5;

    /// <summary>Used when fewer than <see cref="MinimumRepeatsForSpread"/> runs were measured.</summary>
    public const double UnmeasuredTolerance = 0.15;

    public const int MinimumRepeatsForSpread = 3;

    public static double Tolerance(double relativeSpread, int repeats)
    {
        if (repeats < MinimumRepeatsForSpread || !double.IsFinite(relativeSpread))
        {
            return Math.Max(UnmeasuredTolerance, Math.Min(MaximumTolerance, SpreadMultiplier * Math.Max(0, relativeSpread)));
        }

        return Math.Clamp(SpreadMultiplier * relativeSpread, MinimumTolerance, MaximumTolerance);
    }

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
