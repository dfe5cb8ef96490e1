using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory.Layouts;

/// <summary>
/// Ranks batched layouts by docs/s relative to F16 weights, an F16 KV cache and every document at once in
/// one context. Each factor is fitted to W100 runs measured side by side (docs/memory.md, "Layout planner"):
/// it orders layouts, it does not predict a card's docs/s.
/// </summary>
public static class LayoutSpeedModel
{
    /// <summary>
    /// Quantised weights against F16: 0.83 (H100, W100 split layout with q8_0 KV: Q4_0 10.30 against F16
    /// 12.41 docs/s, issue 38). Hopper prefills F16 faster than 4-bit (H200 uniform: 10.2k against 15.8k
    /// prompt tok/s). Q8_0 was not measured batched and is ranked as Q4_0, so Q4_0's smaller footprint wins the tie.
    /// </summary>
    public const double QuantizedWeights = 0.83;

    /// <summary>A q8_0 KV cache against F16: 0.93 (H100, W100 split layout, Q4_0 weights: 10.30 against 11.06 docs/s).</summary>
    public const double QuantizedKvCache = 0.93;

    /// <summary>
    /// Documents at once where throughput is half its ceiling: speed ∝ n / (n + 10). Fitted to three pairs:
    /// H100 Q4_0, 64 slots against 100 (9.84 against 10.30 docs/s: 9.1); H200 F16, 48 and 32 slots against
    /// 100 (13.01 and 12.25 against 13.44, less the q8_0 cost the 100 had: 11.3 and 9.2).
    /// </summary>
    public const double HalfSpeedDocuments = 10;

    /// <summary>
    /// What an overflow context costs with F16 weights: 4%. Its long documents decode on steps of their own,
    /// which read the weights again (H200: 0.84 s of a 6.3 s run). Fitted to two H200 pairs: the split with
    /// an F16 cache against one q8_0 context of 100 × 4,096 (1.023×, 15.89 against 15.53 docs/s: 4.9%), and
    /// one F16 context of 64 long slots against the split (0.99×: 3.5%). Scaled by the weights' bytes, since
    /// the extra steps read them: Q4_0's 28% of F16's costs 1.1%.
    /// </summary>
    public const double OverflowCostF16 = 0.04;

    public static double Relative(WeightType weights, KvCacheType kvCache, int concurrentDocuments, int documents, bool overflow, double weightBytesOfF16)
    {
        var weightFactor = weights == WeightType.F16 ? 1.0 : QuantizedWeights;
        var kvFactor = kvCache == KvCacheType.F16 ? 1.0 : QuantizedKvCache;
        var overflowFactor = overflow ? 1.0 - (OverflowCostF16 * weightBytesOfF16) : 1.0;
        return weightFactor * kvFactor * Concurrency(concurrentDocuments, documents) * overflowFactor;
    }

    /// <summary>Speed with <paramref name="concurrent"/> documents at once against all <paramref name="documents"/> at once.</summary>
    public static double Concurrency(int concurrent, int documents)
    {
        var at = Math.Min(concurrent, documents);
        return at <= 0 ? 0 : at / (at + HalfSpeedDocuments) / (documents / (documents + HalfSpeedDocuments));
    }
}
