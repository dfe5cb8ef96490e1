namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>
/// ROUGE-1 F1 floors of a real model: an absolute minimum, and (MLPerf-style) a minimum fraction of the
/// f16 <c>default</c> strategy's ROUGE-1 measured in the same invocation. Never set for synthetic weights.
/// </summary>
public sealed record QualityFloors
{
    /// <summary>The ROUGE-1 F1 the baseline run measured.</summary>
    public double Rouge1Recorded { get; init; } = double.NaN;

    /// <summary>Absolute floor; null means not checked.</summary>
    public double? Rouge1Minimum { get; init; }

    /// <summary>Minimum of this strategy's ROUGE-1 over default's in the same run, in (0, 1]; null means not checked.</summary>
    public double? Rouge1RelativeToDefaultMinimum { get; init; }
}
