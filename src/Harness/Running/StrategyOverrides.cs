using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running;

/// <summary>Command-line adjustments applied to catalog specs; parallelism only ever changes the batched strategy.</summary>
public sealed record StrategyOverrides
{
    public int? Threads { get; init; }

    public int? ContextPerSequence { get; init; }

    public int? ParallelSequences { get; init; }

    public int? BatchSize { get; init; }

    public int? MicroBatchSize { get; init; }

    public KvCacheType? KvCache { get; init; }

    public int? ForceNewTokens { get; init; }

    /// <summary>Weight type instead of the catalog's (batched on F16 weights, say); picks that type's model file.</summary>
    public WeightType? Weights { get; init; }

    /// <summary>Slots and cells of a second context for long documents (batched only).</summary>
    public (int Slots, int Cells)? Overflow { get; init; }

    public StrategySpec Apply(StrategySpec spec) => spec with
    {
        Threads = Threads ?? spec.Threads,
        ContextPerSequence = ContextPerSequence ?? spec.ContextPerSequence,
        ParallelSequences = spec.Kind == StrategyKind.Batched ? ParallelSequences ?? spec.ParallelSequences : spec.ParallelSequences,
        BatchSize = BatchSize ?? spec.BatchSize,
        MicroBatchSize = MicroBatchSize ?? spec.MicroBatchSize,
        KvCache = KvCache ?? spec.KvCache,
        ForceNewTokens = ForceNewTokens ?? spec.ForceNewTokens,
        Weights = Weights ?? spec.Weights,
        OverflowSequences = spec.Kind == StrategyKind.Batched && Overflow is { } overflow ? overflow.Slots : spec.OverflowSequences,
        OverflowContextPerSequence = spec.Kind == StrategyKind.Batched && Overflow is { } cells ? cells.Cells : spec.OverflowContextPerSequence,
    };
}
