namespace Llama2Validation.Harness.Memory;

/// <summary>
/// The compute buffer: llama.cpp reserves the worst-case graph (one full ubatch of n_ubatch tokens against
/// every cell of a sequence's stream, an output row for every token) and ggml's allocator reuses memory
/// between tensors, so the buffer is the largest set of f32 intermediates alive at one point. Three points
/// compete, per ubatch token (×4 bytes):
/// <list type="bullet">
/// <item>attention without flash attention: KQ (n_kv × n_head), the f32 mask (n_kv), Q, K, V, the residual
/// and neighbours (5 n_embd + 2 n_embd_kv);</item>
/// <item>the feed-forward block: gate, up and their product (3 n_ff), residual and norms (4 n_embd), with the
/// mask still alive (f32 n_kv twice without flash attention, f16 n_kv/2 with it);</item>
/// <item>the output: logits (n_vocab) and the final norm (2 n_embd).</item>
/// </list>
/// Calibrated on the CPU backend against llama.cpp's reported compute buffer (tiny, a 1024-wide 8-layer
/// model and two odd shapes, ubatch 128 to 512, contexts 512 to 8192): within 1% where attention or output
/// dominate; the feed-forward point over-estimates narrow-FFN shapes, never under-estimates.
/// </summary>
public static class ComputeBufferEstimate
{
    private const long BytesPerFloat = 4;

    public static long Bytes(ModelFootprint model, MemoryConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(configuration);
        var cells = KvCacheEstimate.CellsPerSequence(configuration);
        // llama.cpp: n_ubatch = min(n_batch, n_ubatch), and no ubatch is larger than the context.
        var ubatch = Math.Min(configuration.BatchSize, configuration.MicroBatchSize);
        var tokens = Math.Min(ubatch, KvCacheEstimate.TotalCells(configuration));
        var perToken = PerTokenFloats(model, cells, configuration.FlashAttention);
        return tokens * perToken * BytesPerFloat;
    }

    /// <summary>f32 values per ubatch token at the largest of the three points.</summary>
    internal static long PerTokenFloats(ModelFootprint model, long cells, bool flashAttention)
    {
        long embd = model.EmbeddingLength, kv = model.KeyValueLength, ff = model.FeedForwardLength;
        // The mask is f16 under flash attention (half an f32 per cell), f32 otherwise.
        var mask = flashAttention ? (cells + 1) / 2 : cells;
        var attention = flashAttention
            ? mask + 5 * embd + 2 * kv
            : cells * model.HeadCount + mask + 5 * embd + 2 * kv;
        var feedForward = 3 * ff + 4 * embd + (flashAttention ? mask : 2 * mask);
        var output = model.VocabularySize + 2 * embd;
        return Math.Max(attention, Math.Max(feedForward, output));
    }
}
