using Llama2Validation.Harness.Approval.Diff;

namespace Llama2Validation.Harness.Approval;

/// <summary>The outcome of comparing fresh content with a verified file.</summary>
public sealed record ApprovalComparison(ApprovalKey Key, ComparisonStatus Status, string VerifiedPath, string ReceivedPath, LineDiff Diff)
{
    public bool Matched => Status == ComparisonStatus.Matched;

    /// <summary>What a person reads in a test failure or a check verdict.</summary>
    public string Describe() => Status switch
    {
        ComparisonStatus.Matched => $"{Key}: matches {VerifiedPath}",
        ComparisonStatus.New => $"{Key}: no verified file yet; review {ReceivedPath} and run `{Key.ApproveCommand}`",
        _ => $"{Key}: differs from the verified file ({Diff.Summary}); review {ReceivedPath} and run `{Key.ApproveCommand}` if the change is intended\n{Diff.Text}",
    };
}
