namespace Llama2Validation.Harness.Comparison;

/// <summary>Which build a run of a comparison used.</summary>
public enum ComparisonSide
{
    Base,
    Head,
}
