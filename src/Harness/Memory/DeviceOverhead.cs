namespace Llama2Validation.Harness.Memory;

/// <summary>
/// Device memory a CUDA process holds beyond llama.cpp's reported buffers: the CUDA context (module
/// images, local memory, the driver's own allocations), cuBLAS's handle and workspace, and ggml's CUDA
/// memory pools for temporaries.
/// </summary>
public static class DeviceOverhead
{
    /// <summary>
    /// 670 MiB, constant across context sizes and sequence counts (how and where it was measured:
    /// <c>docs/memory.md</c>). Older GPUs and CUDA 12 usually need less, so this errs on the side of
    /// predicting out-of-memory; recalibrate per class with that document's recipe.
    /// </summary>
    public const long CudaMiB = 670;

    public static long Bytes(MemoryTarget target) => target == MemoryTarget.Gpu ? CudaMiB * MemorySizes.MiB : 0;
}
