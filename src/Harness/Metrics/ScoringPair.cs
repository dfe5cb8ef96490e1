namespace Llama2Validation.Harness.Metrics;

/// <summary>One document to score: its id, the reference summary and the model's output.</summary>
public sealed record ScoringPair(string Id, string Reference, string Prediction);
