namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>
/// A recorded figure with its measured noise and the tolerance derived from it (see <see cref="NoiseModel"/>).
/// A later measurement passes while it is no worse than <see cref="Limit"/>.
/// </summary>
public sealed record MeasuredFigure
{
    /// <summary>The value the baseline run measured (median of its repeats).</summary>
    public double Recorded { get; init; } = double.NaN;

    /// <summary>(max − min) / median over the repeat runs; 0 for a single run.</summary>
    public double RelativeSpread { get; init; } = double.NaN;

    public int Repeats { get; init; }

    /// <summary>
    /// The separate measurements <see cref="Recorded"/> is the median of, where the proposal keeps them (CPU
    /// speed ratios): a later session's proposal pools its own with these, so the tolerance covers how far the
    /// figure moves between sessions, not only within one. Null where they were not kept.
    /// </summary>
    public IReadOnlyList<double>? Samples { get; init; }

    /// <summary>The fraction by which a measurement may be worse before it fails, in (0, 1).</summary>
    public double Tolerance { get; init; } = double.NaN;

    /// <summary>recorded × (1 − tolerance) for a floor; recorded × (1 + tolerance) for a ceiling.</summary>
    public double Limit(FigureDirection direction) =>
        direction == FigureDirection.HigherIsBetter ? Recorded * (1 - Tolerance) : Recorded * (1 + Tolerance);

    public bool Passes(double measured, FigureDirection direction) =>
        direction == FigureDirection.HigherIsBetter ? measured >= Limit(direction) : measured <= Limit(direction);

    /// <summary>True when <paramref name="measured"/> moved beyond the tolerance in either direction (a proposal is due).</summary>
    public bool Moved(double measured) => Math.Abs(measured - Recorded) > Recorded * Tolerance;
}
