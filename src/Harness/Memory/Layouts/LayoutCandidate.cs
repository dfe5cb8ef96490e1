using System.Globalization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory.Layouts;

/// <summary>
/// One batched layout for a card: weights, KV type, main slots × cells and overflow slots × cells, with the
/// memory model's prediction, whether it fits under the planner's margin, and the speed model's estimate.
/// </summary>
public sealed record LayoutCandidate
{
    public required WeightType Weights { get; init; }

    public required MemoryConfiguration Configuration { get; init; }

    public required MemoryPrediction Prediction { get; init; }

    /// <summary>Documents that run at once: main slots (at most the documents they hold) plus overflow slots.</summary>
    public required int ConcurrentDocuments { get; init; }

    /// <summary>docs/s relative to F16 weights, an F16 cache and every document at once in one context (1.0).</summary>
    public required double RelativeSpeed { get; init; }

    /// <summary>Predicted peak within the planner's budget (the card less its margin).</summary>
    public required bool Fits { get; init; }

    public KvCacheType KvCache => Configuration.KvCache;

    public int MainSlots => Configuration.ParallelSequences;

    public int MainCells => Configuration.ContextPerSequence;

    public int OverflowSlots => Configuration.OverflowSequences;

    public int OverflowCells => Configuration.OverflowContextPerSequence;

    /// <summary>The batched strategy run in this layout.</summary>
    public StrategySpec ToSpec(StrategySpec batched)
    {
        ArgumentNullException.ThrowIfNull(batched);
        return batched with
        {
            Weights = Weights,
            KvCache = KvCache,
            ParallelSequences = MainSlots,
            ContextPerSequence = MainCells,
            OverflowSequences = OverflowSlots,
            OverflowContextPerSequence = OverflowSlots > 0 ? OverflowCells : null,
            BatchSize = Configuration.BatchSize,
            MicroBatchSize = Configuration.MicroBatchSize,
        };
    }

    /// <summary>"F16, KV F16, 100 × 1280 + 5 × 4096".</summary>
    public string Layout => string.Create(
        CultureInfo.InvariantCulture,
        $"{Weights}, KV {KvCache}, {MainSlots} × {MainCells}{(OverflowSlots > 0 ? $" + {OverflowSlots} × {OverflowCells}" : "")}");

    public override string ToString() => Layout;
}
