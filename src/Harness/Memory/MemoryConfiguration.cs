using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// The context settings that decide memory, as the engine hands them to llama.cpp: cells per sequence
/// slot, parallel sequences (the KV cache is split per sequence), KV type, flash attention, n_batch and n_ubatch.
/// </summary>
public sealed record MemoryConfiguration
{
    /// <summary>KV cells each sequence needs; llama.cpp rounds it up to 256.</summary>
    public required int ContextPerSequence { get; init; }

    public int ParallelSequences { get; init; } = 1;

    public KvCacheType KvCache { get; init; } = KvCacheType.F16;

    public bool FlashAttention { get; init; }

    public int BatchSize { get; init; } = 512;

    public int MicroBatchSize { get; init; } = 512;

    /// <summary>The configuration the engine builds for a strategy on a model with this training context.</summary>
    public static MemoryConfiguration For(StrategySpec spec, int trainedContext)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return new MemoryConfiguration
        {
            ContextPerSequence = ContextCells.PerSlot(spec, trainedContext),
            ParallelSequences = spec.ParallelSequences,
            KvCache = spec.KvCache,
            FlashAttention = spec.FlashAttention,
            // As the engine does: a decode step carries one token of every sequence, so n_batch ≥ sequences.
            BatchSize = Math.Max(spec.BatchSize, spec.ParallelSequences),
            MicroBatchSize = spec.MicroBatchSize,
        };
    }

    /// <summary>A spec that makes the engine build exactly this configuration (for real loads).</summary>
    public StrategySpec ToSpec(string name, WeightType weights) => new()
    {
        Name = name,
        Kind = ParallelSequences > 1 ? StrategyKind.Batched : StrategyKind.Sequential,
        Weights = weights,
        FlashAttention = FlashAttention,
        ParallelSequences = ParallelSequences,
        KvCache = KvCache,
        ContextPerSequence = ContextPerSequence,
        BatchSize = BatchSize,
        MicroBatchSize = MicroBatchSize,
    };

    public override string ToString() =>
        $"ctx {ContextPerSequence} × {ParallelSequences} seq, KV {KvCache}, FA {(FlashAttention ? "on" : "off")}, batch {BatchSize}/{MicroBatchSize}";
}
