namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// Wald's sequential probability ratio test on the pairs' log ratios, as engine testers judge a patch on noisy
/// machines: H0 "no change" (mean log ratio 0) against H1 "slower by δ" (mean ln(1 − δ)), the spread estimated
/// from the pairs themselves. After each pair the log-likelihood ratio is compared with Wald's bounds: above
/// ln((1 − β)/α) the head regressed, below ln(β/(1 − α)) it passes, between them another pair is run. A quiet
/// runner decides in a few pairs, a busy one runs more, and neither has to guess a pair count in advance:
/// on this 2-core CI machine the per-pair spread moved from 0.03 (quiet) to 0.09 (two busy neighbours), which
/// a fixed count sized for the quiet case misjudges and one sized for the busy case wastes.
/// </summary>
public sealed record SequentialTest
{
    /// <summary>α: the chance that a head no slower than its base is called regressed, per figure.</summary>
    public double FalseAlarm { get; init; } = 0.005;

    /// <summary>β: the chance that a head exactly δ slower passes; a larger slowdown passes less often.</summary>
    public double Miss { get; init; } = 0.05;

    /// <summary>No decision before this many pairs: the spread of fewer is too unsure to trust.</summary>
    public int MinimumPairs { get; init; } = 8;

    /// <summary>
    /// The least spread believed: identical figures (a log spread of 0) would make any difference decisive.
    /// 0.5% is below what any pair of separate worker runs measured here.
    /// </summary>
    public double MinimumSpread { get; init; } = 0.005;

    public double UpperBound => Math.Log((1 - Miss) / FalseAlarm);

    public double LowerBound => Math.Log(Miss / (1 - FalseAlarm));

    /// <summary>The log-likelihood ratio of "slower by δ" over "no change" for these log ratios (0 with fewer than two).</summary>
    public double LogLikelihoodRatio(IReadOnlyList<double> logRatios, double delta)
    {
        ArgumentNullException.ThrowIfNull(logRatios);
        if (logRatios.Count < 2)
        {
            return 0;
        }

        var slower = Math.Log(1 - delta);
        var spread = Math.Max(MinimumSpread, StandardDeviation(logRatios));
        // Normal log ratios with a common spread: each pair adds (x − (μ0 + μ1)/2)(μ1 − μ0)/σ².
        return logRatios.Sum(x => (x - (slower / 2)) * slower) / (spread * spread);
    }

    public ComparisonVerdict Decide(IReadOnlyList<double> logRatios, double delta)
    {
        ArgumentNullException.ThrowIfNull(logRatios);
        if (logRatios.Count < MinimumPairs)
        {
            return ComparisonVerdict.Inconclusive;
        }

        var ratio = LogLikelihoodRatio(logRatios, delta);
        return ratio >= UpperBound ? ComparisonVerdict.Regressed
            : ratio <= LowerBound ? ComparisonVerdict.Pass
            : ComparisonVerdict.Inconclusive;
    }

    /// <summary>
    /// About how many pairs in all would reach a bound if the pairs to come look like these (their mean and
    /// spread); int.MaxValue when they drift towards neither.
    /// </summary>
    public int PairsToDecide(IReadOnlyList<double> logRatios, double delta)
    {
        ArgumentNullException.ThrowIfNull(logRatios);
        var n = logRatios.Count;
        if (n < 2)
        {
            return MinimumPairs;
        }

        var ratio = LogLikelihoodRatio(logRatios, delta);
        var perPair = ratio / n;
        var distance = perPair > 0 ? UpperBound - ratio : ratio - LowerBound;
        return Math.Abs(perPair) < 1e-12 ? int.MaxValue
            : Math.Max(MinimumPairs, n + (int)Math.Ceiling(Math.Max(0, distance) / Math.Abs(perPair)));
    }

    private static double StandardDeviation(IReadOnlyList<double> values)
    {
        var mean = values.Average();
        return Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (values.Count - 1));
    }
}
