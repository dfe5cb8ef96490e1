using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory.Layouts;

/// <summary>
/// Chooses the batched layout for a card of any size: for each weight type, KV type and place to split the
/// slots (<see cref="LayoutWorkload.Splits"/>), as many main slots as the memory model says fit the card less
/// <see cref="Margin"/>, ranked by <see cref="LayoutSpeedModel"/>; ties go to the smaller footprint.
/// </summary>
public static class LayoutPlanner
{
    /// <summary>
    /// A layout's predicted peak must leave 5% of the card free: the error issue 38 allows the memory model on
    /// the card it runs on, so a layout the model under-predicts by that much still fits. The model came
    /// within −1.1% to +1.5% of NVML's peak on an H200 (docs/memory.md).
    /// </summary>
    public const double Margin = 0.05;

    public const int BatchSize = 4096;

    public const int MicroBatchSize = 2048;

    public static IReadOnlyList<WeightType> WeightTypes { get; } = [WeightType.F16, WeightType.Q8_0, WeightType.Q4_0];

    public static IReadOnlyList<KvCacheType> KvCacheTypes { get; } = [KvCacheType.F16, KvCacheType.Q8_0];

    public static long Budget(long cardMiB) => (long)Math.Floor(cardMiB * (1 - Margin));

    public static LayoutPlan Plan(long cardMiB, LayoutWorkload workload, ModelShape shape)
    {
        ArgumentNullException.ThrowIfNull(workload);
        ArgumentNullException.ThrowIfNull(shape);
        var budget = Budget(cardMiB);
        var f16Bytes = ModelFootprint.FromShape(shape, WeightType.F16).WeightBytes;
        var candidates = new List<LayoutCandidate>();
        foreach (var weights in WeightTypes)
        {
            var model = ModelFootprint.FromShape(shape, weights);
            foreach (var kvCache in KvCacheTypes)
            {
                foreach (var split in workload.Splits())
                {
                    candidates.Add(Largest(model, weights, kvCache, split, workload, budget, (double)model.WeightBytes / f16Bytes));
                }
            }
        }

        return new LayoutPlan(cardMiB, budget, workload, [.. candidates
            .OrderByDescending(c => c.Fits)
            .ThenByDescending(c => c.RelativeSpeed)
            .ThenBy(c => c.Prediction.TotalBytes)]);
    }

    /// <summary>
    /// The most main slots that fit, up to one per document of the workload; one slot, not fitting, when none
    /// does. Slots beyond the documents a split's main slots hold add memory, not speed (on W100 the H200's
    /// approved 100 × 1,280 leaves five idle), so they are taken only where the budget has room for them.
    /// </summary>
    private static LayoutCandidate Largest(ModelFootprint model, WeightType weights, KvCacheType kvCache, LayoutSplit split, LayoutWorkload workload, long budget, double weightBytesOfF16)
    {
        LayoutCandidate Candidate(int slots)
        {
            var configuration = new MemoryConfiguration
            {
                ContextPerSequence = split.MainCells,
                ParallelSequences = slots,
                KvCache = kvCache,
                FlashAttention = true,
                BatchSize = Math.Max(BatchSize, slots),
                MicroBatchSize = MicroBatchSize,
                OverflowSequences = split.OverflowDocuments,
                OverflowContextPerSequence = split.OverflowDocuments > 0 ? workload.OverflowCells : 0,
            };
            var prediction = MemoryModel.Predict(model, configuration, MemoryTarget.Gpu);
            var concurrent = Math.Min(slots, split.MainDocuments) + split.OverflowDocuments;
            return new LayoutCandidate
            {
                Weights = weights,
                Configuration = configuration,
                Prediction = prediction,
                ConcurrentDocuments = concurrent,
                RelativeSpeed = LayoutSpeedModel.Relative(weights, kvCache, concurrent, workload.Documents, split.OverflowDocuments > 0, weightBytesOfF16),
                Fits = prediction.FitsIn(budget),
            };
        }

        // Memory grows with every slot, so the largest fitting count is found by halving.
        int low = 1, high = Math.Min(workload.Documents, MaxSlots);
        if (!Candidate(low).Fits)
        {
            return Candidate(low);
        }

        while (low < high)
        {
            var middle = (low + high + 1) / 2;
            if (Candidate(middle).Fits)
            {
                low = middle;
            }
            else
            {
                high = middle - 1;
            }
        }

        return Candidate(low);
    }

    /// <summary>llama.cpp's LLAMA_MAX_SEQ: the sequences one context holds.</summary>
    private const int MaxSlots = 256;
}
