namespace Llama2Validation.Harness.Approval;

public enum ComparisonStatus
{
    /// <summary>Equal to the verified file; any stale received file was removed.</summary>
    Matched,

    /// <summary>Differs from the verified file; a received file and a diff were written.</summary>
    Mismatched,

    /// <summary>No verified file yet; the received file is its proposal.</summary>
    New,
}
