using System.Globalization;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>
/// ROUGE-1 floors: absolute, and relative to the f16 <c>default</c> strategy measured in the same
/// invocation (MLPerf-style: a quantised strategy must keep a fraction of the reference's quality).
/// Synthetic weights are never judged on quality.
/// </summary>
public static class QualityValidator
{
    public static string SyntheticReason => DesignExclusions.SyntheticQuality.Reason;

    /// <param name="run">The run to judge.</param>
    /// <param name="entry">Its verified baseline.</param>
    /// <param name="reference">The <c>default</c> strategy's run from the same invocation, if there is one.</param>
    public static ValidationOutcome Validate(RunResult run, BaselineEntry entry, RunResult? reference)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(entry);
        var key = RunKey.Of(run);
        if (run.Metadata.ModelSynthetic || entry.Provenance?.ModelSynthetic == true)
        {
            return new ValidationOutcome([], [DesignExclusions.SyntheticQuality]);
        }

        if (entry.Quality is not { } quality)
        {
            return Skip("the baseline records no ROUGE-1 floors");
        }

        if (run.Outcome != RunOutcome.Completed)
        {
            return Skip($"the run did not complete ({EnumText.Of(run.Outcome)})");
        }

        if (run.Rouge1F1 is not { } measured)
        {
            return Skip("the run has no ROUGE-1 (no reference summaries were scored)");
        }

        var violations = new List<Violation>();
        var skipped = new List<SkippedCheck>();
        var checkedCount = 0;
        if (quality.Rouge1Minimum is { } minimum)
        {
            checkedCount++;
            if (measured < minimum)
            {
                violations.Add(new Violation
                {
                    Key = key,
                    Figure = FigureNames.Rouge1,
                    Measured = measured,
                    Limit = minimum,
                    Recorded = quality.Rouge1Recorded,
                    Tolerance = quality.Rouge1Recorded > 0 ? 1 - (minimum / quality.Rouge1Recorded) : null,
                    Message = Invariant($"{key}: {FigureNames.Rouge1} measured {measured:F4}, below the floor {minimum:F4} (recorded {quality.Rouge1Recorded:F4})"),
                    HowToApprove = ApprovalHint.ForBaseline(key),
                });
            }
        }

        if (quality.Rouge1RelativeToDefaultMinimum is { } relativeMinimum)
        {
            if (RelativeSkipReason(reference) is { } reason)
            {
                skipped.Add(new SkippedCheck(FigureNames.Rouge1RelativeToDefault, reason));
            }
            else
            {
                checkedCount++;
                var referenceScore = reference!.Rouge1F1!.Value;
                var ratio = measured / referenceScore;
                if (ratio < relativeMinimum)
                {
                    violations.Add(new Violation
                    {
                        Key = key,
                        Figure = FigureNames.Rouge1RelativeToDefault,
                        Measured = ratio,
                        Limit = relativeMinimum,
                        Message = Invariant($"{key}: ROUGE-1 {measured:F4} is {ratio:0.0%} of {QualityDefaults.ReferenceStrategy}'s {referenceScore:F4} in the same run, below the floor of {relativeMinimum:0.0%}"),
                        HowToApprove = ApprovalHint.ForEditedFloor(key, "quality.rouge1RelativeToDefaultMinimum"),
                    });
                }
            }
        }

        return new ValidationOutcome(violations, skipped) { Checked = checkedCount };
    }

    private static string? RelativeSkipReason(RunResult? reference) => reference switch
    {
        null => $"no '{QualityDefaults.ReferenceStrategy}' run of the same model in the same results to compare with",
        { Outcome: not RunOutcome.Completed } => $"the '{QualityDefaults.ReferenceStrategy}' run did not complete ({EnumText.Of(reference.Outcome)})",
        { Rouge1F1: null or <= 0 } => $"the '{QualityDefaults.ReferenceStrategy}' run has no ROUGE-1",
        _ => null,
    };

    private static ValidationOutcome Skip(string reason) =>
        new([], [new SkippedCheck(FigureNames.Rouge1, reason)]);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
