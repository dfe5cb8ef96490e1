using Llama2Validation.Harness.Approval;

namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>
/// One figure of a run outside what its verified baseline allows: the measured value, the limit it
/// crossed, the recorded value and tolerance the limit came from, and how a person accepts the change.
/// </summary>
public sealed record Violation
{
    public required RunKey Key { get; init; }

    /// <summary>The figure's name as people read it: "docs/s", "decode tokens/s", "TTFT p90 (s)", "ROUGE-1 F1".</summary>
    public required string Figure { get; init; }

    public double? Measured { get; init; }

    /// <summary>The floor (or ceiling) that was crossed.</summary>
    public double? Limit { get; init; }

    public double? Recorded { get; init; }

    public double? Tolerance { get; init; }

    /// <summary>The whole story in one line (figures included), for test output and the check command.</summary>
    public required string Message { get; init; }

    /// <summary>What to run (or edit) after reviewing, when the change is intended.</summary>
    public required string HowToApprove { get; init; }

    public override string ToString() => $"{Message}. {HowToApprove}";
}
