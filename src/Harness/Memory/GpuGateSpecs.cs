using Llama2Validation.Harness.Memory.Layouts;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// What a GPU class's gate runs when no approved baseline records a configuration yet (the first
/// recording): the seed workload, greedy with its 300-token cap. One-at-a-time strategies time the
/// dataset's first <see cref="OneAtATimeDocuments"/> documents: their rate is steady after a few documents,
/// and the full hundred would cost a runner minutes per strategy for no better floor. Batched takes every
/// document in the layout <see cref="LayoutPlanner"/> chooses for the card's memory (weights, KV type, main
/// and overflow slots) and large micro-batches, which prefill the seed's long prompts faster. It generates
/// the seed's typical 110 tokens for every document (the seed's W100 speed workload): the generated models
/// have random weights and never stop, so the cap would time 300 tokens no real summary reaches, and a real
/// model's stop would make the figure depend on its outputs, not the engine.
/// </summary>
public static class GpuGateSpecs
{
    public const int OneAtATimeDocuments = 10;

    public const int BatchedBatchSize = LayoutPlanner.BatchSize;

    public const int BatchedMicroBatchSize = LayoutPlanner.MicroBatchSize;

    public static StrategySpec For(StrategySpec spec, MemoryClass memoryClass)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(memoryClass);
        if (spec.Kind != StrategyKind.Batched)
        {
            return spec with { Documents = OneAtATimeDocuments };
        }

        var plan = LayoutPlanner.Plan(memoryClass.TotalMiB, LayoutWorkload.W100, SeedWorkload.GpuModel);
        return plan.Choice.ToSpec(spec with { ForceNewTokens = SeedWorkload.TypicalNewTokens });
    }
}
