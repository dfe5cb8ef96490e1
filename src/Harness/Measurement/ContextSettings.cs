namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// What llama.cpp actually set up for a run, read back from the context after it was created (n_seq_max,
/// n_ctx_seq, n_batch, n_ubatch through the native API; flash attention, the K/V cache types and the
/// offloaded layers from llama.cpp's own context log, which the API does not expose). llama.cpp clamps and
/// resolves what it is asked (n_batch to n_ctx, "auto" flash attention, layers to the model's count), so
/// the request alone is not what ran. Null fields were not reported.
/// </summary>
public sealed record ContextSettings
{
    public int Sequences { get; init; }

    public int CellsPerSequence { get; init; }

    public int Batch { get; init; }

    public int MicroBatch { get; init; }

    public bool? FlashAttention { get; init; }

    /// <summary>"f16", "q8_0"… as llama.cpp names the K cache type.</summary>
    public string? KeyType { get; init; }

    public string? ValueType { get; init; }

    /// <summary>Layers llama.cpp offloaded to a GPU; null where it reported none (a CPU build).</summary>
    public int? OffloadedLayers { get; init; }

    /// <summary>The model's layer count from the same log line as <see cref="OffloadedLayers"/> (output layer included).</summary>
    public int? ModelLayers { get; init; }
}
