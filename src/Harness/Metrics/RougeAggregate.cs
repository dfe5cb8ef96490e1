namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// One ROUGE type over many documents: the bootstrap's 95% interval (<see cref="Low"/>, <see cref="High"/>)
/// and median of resampled means (<see cref="Mid"/>, what the seed reported as <c>pred_score</c>), taken per
/// measure as rouge_score does, plus the plain mean of the per-document scores.
/// </summary>
public sealed record RougeAggregate(RougeScore Low, RougeScore Mid, RougeScore High, RougeScore Mean);
