
namespace Llama2Validation.Harness.Measurement;

/// <summary>One ratio over several groups of documents: within a group both sides ran back to back, so slow spells of the machine fall on both.</summary>
public sealed record RatioMeasurement(SpeedRatio Ratio, IReadOnlyList<double> Groups)
{
    public double Median => Spread.Median(Groups);

    /// <summary>(max − min) / median over the groups.</summary>
    public double RelativeSpread => Spread.Relative(Groups);

    /// <summary>
    /// A lower 95% confidence bound on the median group ratio that assumes nothing about the groups'
    /// distribution: the k-th smallest group, k the largest rank with P(Binomial(n, ½) &lt; k) ≤ 5%
    /// (the 5th of 16). NaN for fewer than five groups, where no rank gives 95%.
    /// </summary>
    public double MedianLowerBound => Spread.MedianLowerBound(Groups, 0.05);
}
