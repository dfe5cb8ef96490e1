namespace Llama2Validation.Harness.Strategies;

/// <summary>
/// What to run, as immutable data: the seed's optimisations in llama.cpp terms. How it runs lives in
/// Running/. Specs are compared and hashed by value (they key the run cache and baselines).
/// </summary>
public sealed record StrategySpec
{
    /// <summary>The seed's name for the optimisation: default, 8-bit, 4-bit, flash-attn, batched, endpoint.</summary>
    public required string Name { get; init; }

    public StrategyKind Kind { get; init; } = StrategyKind.Sequential;

    public WeightType Weights { get; init; } = WeightType.F16;

    /// <summary>llama.cpp's default is "auto"; a spec always says on or off so runs are comparable.</summary>
    public bool FlashAttention { get; init; }

    /// <summary>Sequences decoded together (1 for the one-at-a-time strategies).</summary>
    public int ParallelSequences { get; init; } = 1;

    public KvCacheType KvCache { get; init; } = KvCacheType.F16;

    /// <summary>The seed's cap on generated tokens.</summary>
    public int MaxNewTokens { get; init; } = 300;

    /// <summary>Generate exactly this many tokens, ignoring end-of-sequence (speed runs on random weights).</summary>
    public int? ForceNewTokens { get; init; }

    /// <summary>Context (KV cells) per sequence slot; null means the model's training context.</summary>
    public int? ContextPerSequence { get; init; }

    /// <summary>
    /// Slots of a second context for documents too long for <see cref="ContextPerSequence"/>; 0 (the default)
    /// has none, and such a document is reported as not fitting. llama.cpp's split KV cache gives every
    /// sequence of a context the same cells, so without it the seed's one 3,583-token document sizes all
    /// hundred slots. The second context decodes beside the first, on its own thread.
    /// </summary>
    public int OverflowSequences { get; init; }

    /// <summary>Context (KV cells) per overflow slot; null means the model's training context.</summary>
    public int? OverflowContextPerSequence { get; init; }

    /// <summary>Logical and physical batch sizes handed to llama.cpp (prompt tokens per decode call).</summary>
    public int BatchSize { get; init; } = 512;

    public int MicroBatchSize { get; init; } = 512;

    /// <summary>
    /// Run only the dataset's first N documents; null runs them all. A GPU gate times its one-at-a-time
    /// strategies on a prefix: their rate is steady after a few documents, and each costs seconds there.
    /// </summary>
    public int? Documents { get; init; }

    /// <summary>CPU threads; null means the engine's choice (physical cores).</summary>
    public int? Threads { get; init; }

    public override string ToString() => Name;
}
