using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Store;

namespace Llama2Validation.Harness.Baselines.Proposals;

/// <summary>New figures for a key and why they are proposed; written as <c>*.received.json</c> when there is a reason.</summary>
public sealed record BaselineProposal(ApprovalKey Key, BaselineEntry? Proposed, IReadOnlyList<string> Reasons, string? ReceivedPath)
{
    public bool Written => ReceivedPath is not null;
}
