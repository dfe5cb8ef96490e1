using Llama2Validation.Harness.Baselines;

namespace Llama2Validation.Harness.Benchmarks;

/// <summary>One ratio over several passes: each pass ran both sides back to back, so slow spells of the machine cancel.</summary>
public sealed record RatioMeasurement(SpeedRatio Ratio, IReadOnlyList<double> Passes)
{
    public double Median => NoiseModel.Median(Passes);

    /// <summary>(max − min) / median over the passes.</summary>
    public double RelativeSpread => NoiseModel.RelativeSpread(Passes);
}
