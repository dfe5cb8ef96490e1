namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>What validators return: every violation, and every check that could not run with its reason.</summary>
public sealed record ValidationOutcome(IReadOnlyList<Violation> Violations, IReadOnlyList<SkippedCheck> Skipped)
{
    public static ValidationOutcome Empty { get; } = new([], []);

    public bool Passed => Violations.Count == 0;

    /// <summary>Number of checks that ran (passed or not), for telling "all passed" from "nothing ran".</summary>
    public int Checked { get; init; }

    public ValidationOutcome Combine(ValidationOutcome other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return new ValidationOutcome([.. Violations, .. other.Violations], [.. Skipped, .. other.Skipped]) { Checked = Checked + other.Checked };
    }
}
