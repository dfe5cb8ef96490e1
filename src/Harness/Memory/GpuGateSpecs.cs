using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// What a GPU class's gate runs when no approved baseline records a configuration yet (the first
/// recording): the seed workload, greedy with its 300-token cap. One-at-a-time strategies time the
/// dataset's first <see cref="OneAtATimeDocuments"/> documents: their rate is steady after a few documents,
/// and the full hundred would cost a runner minutes per strategy for no better floor. Batched takes every
/// document: where the class holds it, in F16 weights and an F16 KV cache with the seed's long documents in
/// overflow slots of their own; elsewhere in as many slots as the memory model says fit the class, with a
/// q8_0 KV cache sized to the seed's longest document (in F16 weights where they fit every document at once); and large
/// micro-batches, which prefill the seed's long prompts faster. It generates the seed's typical 110 tokens
/// for every document (the seed's W100 speed workload): the generated models have random weights and never
/// stop, so the cap would time 300 tokens no real summary reaches, and a real model's stop would make the
/// figure depend on its outputs, not the engine.
/// </summary>
public static class GpuGateSpecs
{
    public const int OneAtATimeDocuments = 10;

    public const int BatchedBatchSize = 4096;

    public const int BatchedMicroBatchSize = 2048;

    public static StrategySpec For(StrategySpec spec, MemoryClass memoryClass)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(memoryClass);
        if (spec.Kind != StrategyKind.Batched)
        {
            return spec with { Documents = OneAtATimeDocuments };
        }

        var shape = SeedWorkload.GpuModel;
        var context = SeedWorkload.ContextFor(shape);
        var batched = spec with
        {
            KvCache = KvCacheType.Q8_0,
            ContextPerSequence = context,
            BatchSize = BatchedBatchSize,
            MicroBatchSize = BatchedMicroBatchSize,
            ForceNewTokens = SeedWorkload.TypicalNewTokens,
        };
        int Slots(WeightType weights) =>
            MemoryExpectations.LargestFitting(memoryClass, ModelFootprint.FromShape(shape, weights), batched with { Weights = weights }, context, SeedWorkload.ParallelCounts);

        var every = SeedWorkload.ParallelCounts[^1];
        var split = SplitByLength(batched, every);
        if (MemoryExpectations.LargestFitting(memoryClass, ModelFootprint.FromShape(shape, split.Weights), split, split.ContextPerSequence!.Value, [every]) == every)
        {
            return split;
        }

        // F16 weights prefill the seed's long prompts faster than 4-bit ones (measured on an H200, docs/gpu.md),
        // so a card that holds every document at once in F16 runs it so; smaller cards keep the strategy's
        // own weights, which leave room for more sequences.
        if (spec.Weights != WeightType.F16 && Slots(WeightType.F16) >= every)
        {
            return batched with { Weights = WeightType.F16, ParallelSequences = every };
        }

        return batched with { ParallelSequences = Math.Max(1, Slots(spec.Weights)) };
    }

    /// <summary>
    /// F16 weights and an F16 KV cache, every document at once: the main slots sized for the seed's short
    /// documents and the long ones in overflow slots of their own. An F16 cache of a hundred slots sized for
    /// the longest document would need about 188 GiB, and the q8_0 cache that fits instead costs about 12% of
    /// prefill time and 17% of decode time (measured on an H200, docs/gpu.md).
    /// </summary>
    private static StrategySpec SplitByLength(StrategySpec batched, int slots) => batched with
    {
        Weights = WeightType.F16,
        KvCache = KvCacheType.F16,
        ParallelSequences = slots,
        ContextPerSequence = SeedWorkload.ShortDocumentCells(SeedWorkload.TypicalNewTokens),
        OverflowSequences = SeedWorkload.LongDocuments,
        OverflowContextPerSequence = batched.ContextPerSequence,
    };
}
