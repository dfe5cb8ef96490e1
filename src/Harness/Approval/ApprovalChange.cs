namespace Llama2Validation.Harness.Approval;

/// <summary>What approving a received file does (or did) to its verified file.</summary>
public enum ApprovalChange
{
    /// <summary>No verified file existed; the received one becomes it.</summary>
    Added,

    /// <summary>The verified file is replaced by different content.</summary>
    Changed,

    /// <summary>Same content; the received file is only removed.</summary>
    Unchanged,

    /// <summary>Not approved: outside the baselines folder, through a link, or not named by the layout.</summary>
    Refused,
}
