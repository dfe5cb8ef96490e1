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

    /// <summary>The F16 reference's stored distributions and each strategy's agreement floors.</summary>
    Agreement,
}
