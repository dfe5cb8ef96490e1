namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// One figure judged from pairs: each pair's head/base ratio (above 1: head faster), their geometric mean
/// and a two-sided 90% Student-t interval on the log ratios, so each bound is a one-sided 95% bound.
/// </summary>
public sealed record PairedRatio
{
    public required string Figure { get; init; }

    /// <summary>head/base per pair, oriented so that below 1 means head is slower.</summary>
    public required IReadOnlyList<double> Ratios { get; init; }

    public required double Delta { get; init; }

    public double Estimate => Math.Exp(MeanLog);

    public double Lower => Math.Exp(MeanLog - HalfWidth);

    public double Upper => Math.Exp(MeanLog + HalfWidth);

    public ComparisonVerdict Verdict =>
        Lower >= 1 - Delta ? ComparisonVerdict.Pass
        : Upper < 1 ? ComparisonVerdict.Regressed
        : ComparisonVerdict.Inconclusive;

    /// <summary>
    /// For an inconclusive figure: about how many pairs would narrow the interval enough to decide,
    /// assuming this spread and estimate hold (the nearer of the two decisions).
    /// </summary>
    public int PairsToDecide
    {
        get
        {
            if (Verdict != ComparisonVerdict.Inconclusive)
            {
                return Ratios.Count;
            }

            var margin = Math.Max(MeanLog - Math.Log(1 - Delta), -MeanLog);
            return margin <= 0 || double.IsNaN(HalfWidth)
                ? int.MaxValue
                : (int)Math.Ceiling(Ratios.Count * Math.Pow(HalfWidth / margin, 2));
        }
    }

    private double MeanLog => Ratios.Select(r => Math.Log(r)).Average();

    private double HalfWidth
    {
        get
        {
            var n = Ratios.Count;
            if (n < 2)
            {
                return double.PositiveInfinity;
            }

            var mean = MeanLog;
            var variance = Ratios.Select(r => Math.Pow(Math.Log(r) - mean, 2)).Sum() / (n - 1);
            return StudentT.OneSided95(n - 1) * Math.Sqrt(variance / n);
        }
    }

    public override string ToString() => string.Create(
        System.Globalization.CultureInfo.InvariantCulture,
        $"{Figure}: head/base {Estimate:0.000} (90% interval {Lower:0.000}–{Upper:0.000}, {Ratios.Count} pairs, δ {Delta:0.0%}): {Describe()}");

    private string Describe() => Verdict switch
    {
        ComparisonVerdict.Pass => "pass",
        ComparisonVerdict.Regressed => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"REGRESSED by {1 - Estimate:0.0%}"),
        _ => PairsToDecide == int.MaxValue
            ? "INCONCLUSIVE: the pairs cannot decide"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"INCONCLUSIVE: about {PairsToDecide} pairs would decide"),
    };
}
