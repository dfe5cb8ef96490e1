namespace Llama2Validation.Harness.Memory;

/// <summary>
/// The memory one model and context need, broken down as llama.cpp allocates it. <see cref="TotalBytes"/> is
/// what the card must hold for a GPU target, and what RAM must hold for the CPU.
/// </summary>
public sealed record MemoryPrediction
{
    public required MemoryTarget Target { get; init; }

    public required MemoryConfiguration Configuration { get; init; }

    /// <summary>n_ctx_seq: KV cells per sequence after llama.cpp's padding.</summary>
    public required int CellsPerSequence { get; init; }

    /// <summary>n_ctx: KV cells of all sequences.</summary>
    public required long TotalCells { get; init; }

    /// <summary>Weights on the device (GPU), or all weights (CPU).</summary>
    public required long WeightBytes { get; init; }

    /// <summary>Weights that stay in host memory on a GPU (the token embedding); 0 on the CPU (they are in <see cref="WeightBytes"/>).</summary>
    public required long HostWeightBytes { get; init; }

    public required long KvBytes { get; init; }

    public required long ComputeBytes { get; init; }

    /// <summary>The logits buffer handed back to the caller (host memory either way).</summary>
    public required long OutputBytes { get; init; }

    /// <summary>CUDA context, cuBLAS and pools on a GPU (<see cref="DeviceOverhead"/>); 0 on the CPU.</summary>
    public required long OverheadBytes { get; init; }

    /// <summary>What the memory being judged must hold: the GPU's for a GPU target, RAM's for the CPU.</summary>
    public long TotalBytes => WeightBytes + KvBytes + ComputeBytes + OverheadBytes + (Target == MemoryTarget.Cpu ? OutputBytes : 0);

    public long TotalMiB => MemorySizes.CeilingMiB(TotalBytes);

    public bool FitsIn(long availableMiB) => TotalMiB <= availableMiB;
}
