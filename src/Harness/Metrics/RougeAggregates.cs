namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// The aggregate of every ROUGE type over a set of documents, with the seed that drove the resampling so
/// the figures can be reproduced.
/// </summary>
public sealed record RougeAggregates(RougeAggregate Rouge1, RougeAggregate Rouge2, RougeAggregate RougeL, uint Seed, int Samples);
