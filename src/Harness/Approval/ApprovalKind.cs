namespace Llama2Validation.Harness.Approval;

/// <summary>What a verified file records; each kind has its own folder under a hardware class.</summary>
public enum ApprovalKind
{
    /// <summary>Every document's output text and token ids (greedy output must not drift silently).</summary>
    Snapshot,

    /// <summary>Throughput and quality floors with their measured noise.</summary>
    Baseline,

    /// <summary>Expected fits / out-of-memory outcomes (the memory model's files).</summary>
    Memory,
}
