using Llama2Validation.Harness.Approval;

namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>The sentence every violation ends with: what to review and which command accepts it.</summary>
public static class ApprovalHint
{
    public static string ForBaseline(RunKey key)
    {
        var approval = new ApprovalKey(ApprovalKind.Baseline, key);
        var received = Path.Combine("baselines", approval.RelativeReceivedPath).Replace('\\', '/');
        return $"If the change is intended, run `{approval.ApproveCommand}` after reviewing {received}";
    }

    /// <summary>
    /// Speed floors come from repeated runs, never from the one run that just failed: its figure carries none
    /// of the noise a floor must allow for.
    /// </summary>
    public static string ForThroughput(RunKey key)
    {
        var approval = new ApprovalKey(ApprovalKind.Baseline, key);
        return $"Find the change that slowed it. If the slowdown is intended, record the baseline again on this runner from several runs "
            + $"(`l2v run --repeat 3` in the recorded configuration, then `l2v check`), review the proposal and run `{approval.ApproveCommand}`; "
            + "do not approve the figures of this one run";
    }

    public static string ForEditedFloor(RunKey key, string field)
    {
        var verified = Path.Combine("baselines", new ApprovalKey(ApprovalKind.Baseline, key).RelativeVerifiedPath).Replace('\\', '/');
        return $"If the loss is accepted, lower {field} in {verified} (a reviewed edit; proposals never lower it)";
    }
}
