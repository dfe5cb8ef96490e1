using Llama2Validation.Harness.Approval;

namespace Llama2Validation.Harness.Baselines;

/// <summary>The sentence every violation ends with: what to review and which command accepts it.</summary>
public static class ApprovalHint
{
    public static string ForBaseline(RunKey key)
    {
        var approval = new ApprovalKey(ApprovalKind.Baseline, key);
        var received = Path.Combine("baselines", approval.RelativeReceivedPath).Replace('\\', '/');
        return $"If the change is intended, run `{approval.ApproveCommand}` after reviewing {received}";
    }

    public static string ForEditedFloor(RunKey key, string field)
    {
        var verified = Path.Combine("baselines", new ApprovalKey(ApprovalKind.Baseline, key).RelativeVerifiedPath).Replace('\\', '/');
        return $"If the loss is accepted, lower {field} in {verified} (a reviewed edit; proposals never lower it)";
    }
}
