namespace Llama2Validation.Harness.Memory;

/// <summary>The buffers llama.cpp allocates and reports for a loaded model and one context.</summary>
public enum BufferKind
{
    /// <summary>Weights ("model buffer size"): one line per buffer type (CPU_Mapped, CUDA0, CPU_REPACK).</summary>
    Model,

    /// <summary>The KV cache ("KV buffer size").</summary>
    KvCache,

    /// <summary>Intermediate tensors of the worst-case graph ("compute buffer size").</summary>
    Compute,

    /// <summary>Logits and embeddings handed back to the caller ("output buffer size"); host memory.</summary>
    Output,
}
