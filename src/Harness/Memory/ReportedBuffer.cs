namespace Llama2Validation.Harness.Memory;

/// <summary>One buffer llama.cpp reported in its log: what it holds, its buffer type (CPU, CUDA0, CUDA_Host) and size.</summary>
public sealed record ReportedBuffer(BufferKind Kind, string BufferType, double MiB)
{
    /// <summary>Host buffer types live in system memory even when a GPU runs the model (mapped files, pinned staging).</summary>
    public bool IsHost => BufferType.StartsWith("CPU", StringComparison.OrdinalIgnoreCase)
        || BufferType.EndsWith("_Host", StringComparison.OrdinalIgnoreCase);
}
