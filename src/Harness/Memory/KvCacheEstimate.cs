using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// The KV cache as llama.cpp sizes it (llama-context.cpp, llama-kv-cache.cpp): the requested context is
/// padded to 256 cells, split evenly over the sequences (KV not unified), each share padded to 256 again,
/// and every layer holds one K and one V row per cell in the cache's type.
/// </summary>
public static class KvCacheEstimate
{
    private const int CellPadding = 256;

    /// <summary>n_ctx_seq: the cells each sequence's stream gets.</summary>
    public static int CellsPerSequence(MemoryConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var total = Pad((long)configuration.ContextPerSequence * configuration.ParallelSequences);
        return (int)Pad(total / configuration.ParallelSequences);
    }

    /// <summary>n_ctx: the cells of the whole cache (every sequence's stream).</summary>
    public static long TotalCells(MemoryConfiguration configuration) =>
        (long)CellsPerSequence(configuration) * configuration.ParallelSequences;

    public static long Bytes(ModelFootprint model, MemoryConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(model);
        var type = GgmlTypeInfo.Get(ToGgml(configuration.KvCache));
        var rowBytes = type.ByteCount(model.KeyValueLength);
        return model.LayerCount * TotalCells(configuration) * 2 * rowBytes;
    }

    public static GgmlType ToGgml(KvCacheType type) => type == KvCacheType.Q8_0 ? GgmlType.Q8_0 : GgmlType.F16;

    private static long Pad(long cells) => (cells + CellPadding - 1) / CellPadding * CellPadding;
}
