namespace Llama2Validation.Harness.Metrics;

/// <summary>What a file to score held: its sets, or every problem found reading it.</summary>
public sealed record ScoringInput(IReadOnlyList<ScoringSet> Sets, IReadOnlyList<string> Problems)
{
    public bool IsValid => Problems.Count == 0;

    public static ScoringInput Invalid(params string[] problems) => new([], problems);
}
