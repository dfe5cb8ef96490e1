using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Gating;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// Turns the gate's decisions and the checker's verdicts into xunit outcomes. On a runner that declared
/// the case's class (LLAMA2VALIDATION_GATE) whatever keeps a case from being judged fails it; elsewhere
/// it skips with the reason.
/// </summary>
public static class GateAssert
{
    /// <summary>Skips (or, declared, fails) the running test unless the case runs here; otherwise returns the decision.</summary>
    /// <param name="gate">The gate that decides.</param>
    /// <param name="matrixCase">The case.</param>
    /// <param name="note">Appended to the skip or failure message (what the reader must know about the case, such as "predicted, not measured").</param>
    public static GateDecision RunsHere(this HardwareGate gate, MatrixCase matrixCase, string? note = null)
    {
        var decision = gate.Decide(matrixCase.Case);
        if (decision.SkipReason is { } reason)
        {
            CannotJudge(decision, note is null ? reason : $"{reason} ({note})");
        }

        return decision;
    }

    /// <summary>Passes, fails with every violation, or — when the verdict could not judge — skips or fails as the runner declared.</summary>
    public static void Judge(this RunVerdict verdict, GateDecision decision)
    {
        switch (verdict.Status)
        {
            case VerdictStatus.Pass:
                return;
            case VerdictStatus.Fail:
                Assert.Fail(string.Join(System.Environment.NewLine, verdict.Violations.Select(v => $"{v.Message}{System.Environment.NewLine}  {v.HowToApprove}")));
                break;
            case VerdictStatus.NotApplicable:
                Assert.Skip("excluded by design: " + string.Join("; ", verdict.Skipped));
                break;
            default:
                CannotJudge(decision, verdict.Status switch
                {
                    VerdictStatus.NotComparable => "not comparable: ",
                    VerdictStatus.NoBaseline => "no baseline: ",
                    _ => "",
                } + verdict.CannotJudgeReason);
                break;
        }
    }

    private static void CannotJudge(GateDecision decision, string reason)
    {
        if (decision.Declared)
        {
            Assert.Fail($"{SuiteVariables.Gate} declares that this runner gates {decision.Case.Target}, so this case must run and be judged: {reason}");
        }

        Assert.Skip(reason);
    }
}
