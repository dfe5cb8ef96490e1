using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// What a GPU class's gate runs when no approved baseline records a configuration yet (the first
/// recording): the seed workload, greedy with its 300-token cap. One-at-a-time strategies time the
/// dataset's first <see cref="OneAtATimeDocuments"/> documents: their rate is steady after a few documents,
/// and the full hundred would cost a runner minutes per strategy for no better floor. Batched takes every
/// document in as many slots as the memory model says fit the class with a q8_0 KV cache sized to the
/// seed's longest document, and large micro-batches, which prefill the seed's long prompts faster.
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
        };
        var parallel = MemoryExpectations.LargestFitting(memoryClass, ModelFootprint.FromShape(shape, spec.Weights), batched, context, SeedWorkload.ParallelCounts);
        return batched with { ParallelSequences = Math.Max(1, parallel) };
    }
}
