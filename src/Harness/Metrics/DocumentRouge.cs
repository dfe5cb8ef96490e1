namespace Llama2Validation.Harness.Metrics;

/// <summary>One document's scores, with its id, as the score command reports them.</summary>
public sealed record DocumentRouge(string Id, RougeScore Rouge1, RougeScore Rouge2, RougeScore RougeL);
