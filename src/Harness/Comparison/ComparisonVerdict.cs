namespace Llama2Validation.Harness.Comparison;

/// <summary>How a paired figure judges head against base (<see cref="SequentialTest"/>).</summary>
public enum ComparisonVerdict
{
    /// <summary>The pairs favour "no change" over "slower by δ" beyond the test's bound.</summary>
    Pass,

    /// <summary>The pairs favour "slower by δ" over "no change" beyond the test's bound.</summary>
    Regressed,

    /// <summary>Neither yet: more pairs would decide.</summary>
    Inconclusive,
}
