using Llama2Validation.Harness.Approval.Diff;

namespace Llama2Validation.Harness.Approval;

/// <summary>A received file and what approving it would change (or, after approval, did change).</summary>
public sealed record PendingApproval(
    string ReceivedPath,
    string VerifiedPath,
    ApprovalFileName? Name,
    ApprovalChange Change,
    LineDiff Diff,
    string? RefusalReason = null)
{
    public string Describe(Func<string, string> display)
    {
        ArgumentNullException.ThrowIfNull(display);
        return Change switch
        {
            ApprovalChange.Refused => $"refused   {display(ReceivedPath)}: {RefusalReason}",
            ApprovalChange.Added => $"added     {display(VerifiedPath)}",
            ApprovalChange.Unchanged => $"unchanged {display(VerifiedPath)}",
            _ => $"changed   {display(VerifiedPath)} ({Diff.Summary})",
        };
    }
}
