using Llama2Validation.Harness.Approval;

namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>Everything the baselines say about one run: status, every violation, every skipped check, proposals written.</summary>
public sealed record RunVerdict
{
    public required RunKey Key { get; init; }

    /// <summary>Position of the run in its results file (repeats share a key).</summary>
    public int RunIndex { get; init; }

    public required VerdictStatus Status { get; init; }

    public IReadOnlyList<Violation> Violations { get; init; } = [];

    public IReadOnlyList<SkippedCheck> Skipped { get; init; } = [];

    /// <summary>Which verified files were missing or unusable, and why (the whole reason when the status is NoBaseline).</summary>
    public string? NoBaselineReason { get; init; }

    /// <summary>Which baselines were measured under another configuration, dataset or hardware, naming each field that differs.</summary>
    public string? NotComparableReason { get; init; }

    /// <summary>Why the run could not be judged (missing or not comparable), or null when it was.</summary>
    public string? CannotJudgeReason => string.Join("; ", new[] { NotComparableReason, NoBaselineReason, NothingJudgedReason }.Where(r => r is not null)) is { Length: > 0 } reason ? reason : null;

    /// <summary>For <see cref="VerdictStatus.NothingJudged"/>: every check that was left out, and why.</summary>
    public string? NothingJudgedReason => Status == VerdictStatus.NothingJudged
        ? "nothing was judged: " + (Skipped.Count == 0 ? "no check applied" : string.Join("; ", Skipped))
        : null;

    /// <summary>Received files this check wrote for a person to review (snapshots and baseline proposals).</summary>
    public IReadOnlyList<string> ReceivedFiles { get; init; } = [];

    /// <summary>Notes that are neither failures nor skips: a new snapshot recorded, a proposal and its reasons.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
