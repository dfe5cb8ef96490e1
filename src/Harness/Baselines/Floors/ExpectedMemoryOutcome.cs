namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>Whether a strategy fits the class's memory at a parallel-sequence count and context per sequence.</summary>
public sealed record ExpectedMemoryOutcome
{
    public int ParallelSequences { get; init; }

    /// <summary>KV cells per sequence; null means the model's training context (the strategy's default).</summary>
    public int? ContextPerSequence { get; init; }

    /// <summary>Null when the file does not say, which the validator reports as missing.</summary>
    public MemoryExpectation? Expected { get; init; }

    /// <summary>Why: the memory model's prediction, the seed's observation.</summary>
    public string? Note { get; init; }
}
