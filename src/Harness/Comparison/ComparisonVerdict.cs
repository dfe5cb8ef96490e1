namespace Llama2Validation.Harness.Comparison;

/// <summary>How a paired figure judges head against base.</summary>
public enum ComparisonVerdict
{
    /// <summary>The lower confidence bound of head/base is at least 1 − δ.</summary>
    Pass,

    /// <summary>The upper bound is below 1: head is slower, by more than δ as far as the pairs can tell.</summary>
    Regressed,

    /// <summary>Neither: the bound is too wide for the pairs run; more pairs would decide.</summary>
    Inconclusive,
}
