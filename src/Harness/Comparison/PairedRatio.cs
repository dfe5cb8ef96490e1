namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// One figure judged from pairs: each pair's head/base ratio (above 1: head faster), their geometric mean
/// and a two-sided 90% Student-t interval on the log ratios (reported), and the verdict of a sequential test
/// of "no change" against "slower by δ" (<see cref="SequentialTest"/>), which decides.
/// </summary>
public sealed record PairedRatio
{
    public required string Figure { get; init; }

    /// <summary>head/base per pair, oriented so that below 1 means head is slower.</summary>
    public required IReadOnlyList<double> Ratios { get; init; }

    /// <summary>The smallest slowdown the verdict is built to catch (missed at most β of the time at exactly δ).</summary>
    public required double Delta { get; init; }

    public SequentialTest Test { get; init; } = new();

    public double Estimate => Math.Exp(MeanLog);

    public double Lower => Math.Exp(MeanLog - HalfWidth);

    public double Upper => Math.Exp(MeanLog + HalfWidth);

    public ComparisonVerdict Verdict => Test.Decide(LogRatios, Delta);

    /// <summary>For an inconclusive figure: about how many pairs in all would decide, if the next look like these.</summary>
    public int PairsToDecide => Verdict == ComparisonVerdict.Inconclusive ? Test.PairsToDecide(LogRatios, Delta) : Ratios.Count;

    private double[] LogRatios => [.. Ratios.Select(r => Math.Log(r))];

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
        $"{Figure}: head/base {Estimate:0.000} (90% interval {Lower:0.000}–{Upper:0.000}, {Ratios.Count} pairs; no change against {Delta:0.0%} slower: log-likelihood ratio {Test.LogLikelihoodRatio(LogRatios, Delta):0.00}, bounds {Test.LowerBound:0.00} and {Test.UpperBound:0.00}): {Describe()}");

    private string Describe() => Verdict switch
    {
        ComparisonVerdict.Pass => "pass",
        ComparisonVerdict.Regressed => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"REGRESSED by {1 - Estimate:0.0%}"),
        _ => Ratios.Count < Test.MinimumPairs
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"INCONCLUSIVE: {Test.MinimumPairs} pairs at least before a decision")
            : PairsToDecide == int.MaxValue
            ? "INCONCLUSIVE: the pairs cannot decide"
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"INCONCLUSIVE: about {PairsToDecide} pairs would decide"),
    };
}
