namespace Llama2Validation.Harness.Metrics;

/// <summary>One document's ROUGE-1, ROUGE-2 and ROUGE-L (rouge_score's rouge1, rouge2, rougeL).</summary>
public sealed record RougeScores(RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL);
