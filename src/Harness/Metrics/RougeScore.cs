namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// One ROUGE figure as rouge_score's <c>Score</c>: precision is measured against the prediction, recall
/// against the reference, F1 is their harmonic mean.
/// </summary>
public readonly record struct RougeScore(double Precision, double Recall, double F1)
{
    /// <summary>F1 exactly as rouge_score's <c>fmeasure</c>: 2·P·R/(P+R), evaluated left to right, 0 when P+R is 0.</summary>
    public static RougeScore FromPrecisionAndRecall(double precision, double recall) =>
        new(precision, recall, precision + recall > 0 ? 2 * precision * recall / (precision + recall) : 0.0);
}
