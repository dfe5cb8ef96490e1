using System.Globalization;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>
/// Compares a run's outcome with the expected memory outcome for its parallel-sequence count and
/// context: an expected out-of-memory that happens passes; a fit where OOM was expected is a change too.
/// </summary>
public static class MemoryOutcomeValidator
{
    public static ValidationOutcome Validate(RunResult run, BaselineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(entry);
        var expectation = Expectation(run, entry);
        if (expectation?.Expected is not { } expected)
        {
            // No expectation: an out-of-memory (or any failure) is then simply a failed run, and a run that
            // fit was judged by nothing, which must never read as a pass.
            return run.Outcome == RunOutcome.Completed
                ? new ValidationOutcome([], [NoExpectation(run)])
                : new ValidationOutcome([Failed(run, "the run did not complete")], []) { Checked = 1 };
        }

        var actual = run.Outcome switch
        {
            RunOutcome.Completed => MemoryExpectation.Fits,
            RunOutcome.OutOfMemory => MemoryExpectation.OutOfMemory,
            _ => (MemoryExpectation?)null,
        };
        if (actual is null)
        {
            return new ValidationOutcome([Failed(run, "the run neither completed nor ran out of memory")], []) { Checked = 1 };
        }

        if (actual == expected)
        {
            return ValidationOutcome.Empty with { Checked = 1 };
        }

        var key = RunKey.Of(run);
        var context = run.Spec.ContextPerSequence?.ToString(CultureInfo.InvariantCulture) ?? "default";
        return new ValidationOutcome(
            [
                new Violation
                {
                    Key = key,
                    Figure = FigureNames.MemoryOutcome,
                    Message = $"{key}: expected {EnumText.Of(expected)} with {run.Spec.ParallelSequences.ToString(CultureInfo.InvariantCulture)} sequences × context {context}, but the run {(actual == MemoryExpectation.Fits ? "fit" : "ran out of memory")}"
                        + (run.FailureDetail is null ? "" : $" ({run.FailureDetail})"),
                    HowToApprove = $"If the new outcome is right, update the memory expectation in {Path.Combine("baselines", new ApprovalKey(ApprovalKind.Baseline, key).RelativeVerifiedPath).Replace('\\', '/')}",
                },
            ],
            []) { Checked = 1 };
    }

    private static ExpectedMemoryOutcome? Expectation(RunResult run, BaselineEntry entry) =>
        entry.Memory.FirstOrDefault(m => m.ParallelSequences == run.Spec.ParallelSequences && m.ContextPerSequence == run.Spec.ContextPerSequence);

    private static SkippedCheck NoExpectation(RunResult run) => new(
        FigureNames.MemoryOutcome,
        string.Create(CultureInfo.InvariantCulture, $"no memory expectation for {run.Spec.ParallelSequences} sequences × context {run.Spec.ContextPerSequence?.ToString(CultureInfo.InvariantCulture) ?? "default"}"));

    private static Violation Failed(RunResult run, string what)
    {
        var key = RunKey.Of(run);
        return new Violation
        {
            Key = key,
            Figure = FigureNames.RunOutcome,
            Message = $"{key}: {what} ({EnumText.Of(run.Outcome)}{(run.FailureDetail is null ? "" : ": " + run.FailureDetail)})",
            HowToApprove = "A failed run is not approvable; if running out of memory is expected here, record it in the baseline's memory expectations",
        };
    }
}
