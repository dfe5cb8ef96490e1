
namespace Llama2Validation.Harness.Measurement;

/// <summary>One ratio over several groups of documents: within a group both sides ran back to back, so slow spells of the machine fall on both.</summary>
public sealed record RatioMeasurement(SpeedRatio Ratio, IReadOnlyList<double> Groups)
{
    public double Median => Spread.Median(Groups);

    /// <summary>(max − min) / median over the groups.</summary>
    public double RelativeSpread => Spread.Relative(Groups);
}
