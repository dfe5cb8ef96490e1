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

    /// <summary>Slots of the second context for documents too long for this one (0: none).</summary>
    public int OverflowSequences { get; init; }

    /// <summary>KV cells each overflow slot needs; unused without overflow slots.</summary>
    public int OverflowContextPerSequence { get; init; }

    /// <summary>The second context as a configuration of its own (same KV type and batch sizes); null without one.</summary>
    public MemoryConfiguration? Overflow => OverflowSequences > 0
        ? this with { ContextPerSequence = OverflowContextPerSequence, ParallelSequences = OverflowSequences, BatchSize = Math.Max(BatchSize, OverflowSequences), OverflowSequences = 0 }
        : null;

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
            OverflowSequences = spec.OverflowSequences,
            OverflowContextPerSequence = spec.OverflowSequences > 0 ? ContextCells.Padded(spec.OverflowContextPerSequence ?? trainedContext) : 0,
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
        OverflowSequences = OverflowSequences,
        OverflowContextPerSequence = OverflowSequences > 0 ? OverflowContextPerSequence : null,
    };

    public override string ToString() =>
        $"ctx {ContextPerSequence} × {ParallelSequences} seq{(OverflowSequences > 0 ? $" + {OverflowContextPerSequence} × {OverflowSequences} overflow" : "")}, KV {KvCache}, FA {(FlashAttention ? "on" : "off")}, batch {BatchSize}/{MicroBatchSize}";
}
