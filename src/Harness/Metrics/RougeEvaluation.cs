namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// A scored set: every document's ROUGE and the aggregate (null when no document could be scored).
/// </summary>
public sealed record RougeEvaluation(
    string Name,
    bool Stemmed,
    int SkippedDocuments,
    IReadOnlyList<DocumentRouge> Documents,
    RougeAggregates? Aggregate);
