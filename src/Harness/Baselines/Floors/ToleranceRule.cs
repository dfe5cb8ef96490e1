using System.Globalization;

namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>
/// The one rule that turns a figure's measured spread into its tolerance: clamp(k(n) × spread, minimum,
/// maximum). Two kinds of figure use it with their own constants: floors from repeat runs
/// (<see cref="RepeatRuns"/>, <see cref="NoiseModel"/>) and CPU speed ratios, each recording already a median
/// of many side-by-side groups (<see cref="SessionMedians"/>). A stored tolerance is never trusted as
/// written: the store recomputes it from the stored spread and repeats and refuses a figure that disagrees,
/// so a hand-edited tolerance cannot open a floor.
/// </summary>
public sealed record ToleranceRule
{
    /// <summary>Floors from repeat runs: k(n) = 3 × d2(3) / d2(n), 5%–50%; fewer than three runs get at least 15%.</summary>
    public static ToleranceRule RepeatRuns { get; } = new()
    {
        Name = "repeat runs",
        Multiplier = NoiseModel.SpreadMultiplierFor,
        Minimum = NoiseModel.MinimumTolerance,
        Maximum = NoiseModel.MaximumTolerance,
        Unmeasured = NoiseModel.UnmeasuredTolerance,
    };

    /// <summary>CPU speed ratios: twice the range of the recorded medians, 5%–30%, so a 20% slowdown stays visible.</summary>
    public static ToleranceRule SessionMedians { get; } = new()
    {
        Name = "speed-ratio medians",
        Multiplier = _ => 2.0,
        Minimum = NoiseModel.MinimumTolerance,
        Maximum = 0.30,
        Unmeasured = null,
    };

    /// <summary>Stored and recomputed tolerances may differ by this much (the JSON round trip of a double).</summary>
    public const double Agreement = 1e-9;

    public required string Name { get; init; }

    /// <summary>k(n): how many spreads of n repeats a figure may move.</summary>
    public required Func<int, double> Multiplier { get; init; }

    public required double Minimum { get; init; }

    /// <summary>The cap: beyond it a floor gates nothing.</summary>
    public required double Maximum { get; init; }

    /// <summary>The tolerance, at least, of a figure measured fewer than three times; null where the rule needs three.</summary>
    public double? Unmeasured { get; init; }

    public double Tolerance(double relativeSpread, int repeats)
    {
        if (Unmeasured is { } unmeasured && (repeats < NoiseModel.MinimumRepeatsForSpread || !double.IsFinite(relativeSpread)))
        {
            return Math.Max(unmeasured, Math.Min(Maximum, Multiplier(NoiseModel.MinimumRepeatsForSpread) * Math.Max(0, relativeSpread)));
        }

        return Math.Clamp(Multiplier(repeats) * relativeSpread, Minimum, Maximum);
    }

    /// <summary>Why a stored figure's tolerance is refused, or null when it is what this rule gives for its spread and repeats.</summary>
    public string? Mismatch(MeasuredFigure figure)
    {
        ArgumentNullException.ThrowIfNull(figure);
        if (!double.IsFinite(figure.Tolerance) || !double.IsFinite(figure.RelativeSpread) || figure.Repeats < 1)
        {
            return null;
        }

        var expected = Tolerance(figure.RelativeSpread, figure.Repeats);
        return Math.Abs(expected - figure.Tolerance) <= Agreement ? null
            : string.Create(CultureInfo.InvariantCulture, $"{figure.Tolerance} is not what the {Name} rule gives for a {figure.RelativeSpread} spread over {figure.Repeats} run(s): {expected} (capped at {Maximum}); tolerances are derived, never edited");
    }
}
