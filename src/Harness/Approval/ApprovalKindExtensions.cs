namespace Llama2Validation.Harness.Approval;

/// <summary>Where each kind lives on disk: <c>baselines/&lt;class&gt;/&lt;folder&gt;/&lt;strategy&gt;.&lt;model&gt;.verified.&lt;extension&gt;</c>.</summary>
public static class ApprovalKindExtensions
{
    public static string FolderName(this ApprovalKind kind) => kind switch
    {
        ApprovalKind.Snapshot => "snapshots",
        ApprovalKind.Baseline => "throughput",
        ApprovalKind.Memory => "memory",
        ApprovalKind.Agreement => "agreement",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static string Extension(this ApprovalKind kind) => kind == ApprovalKind.Snapshot ? "txt" : "json";

    /// <summary>The kind whose folder has this name, or null for a folder the layout does not know.</summary>
    public static ApprovalKind? FromFolderName(string folderName) =>
        Enum.GetValues<ApprovalKind>().Select(k => (ApprovalKind?)k)
            .FirstOrDefault(k => string.Equals(k!.Value.FolderName(), folderName, StringComparison.OrdinalIgnoreCase));

    /// <summary>The name people type after <c>--kind</c>: snapshot, baseline, memory, agreement.</summary>
    public static string CommandName(this ApprovalKind kind) => kind.ToString().ToLowerInvariant();
}
