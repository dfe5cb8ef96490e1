namespace Llama2Validation.Harness.Memory;

/// <summary>
/// Device memory a CUDA process holds beyond llama.cpp's reported buffers: the CUDA context (module
/// images, local memory, the driver's own allocations), cuBLAS's handle and workspace, and ggml's CUDA
/// memory pools for temporaries.
/// </summary>
public static class DeviceOverhead
{
    /// <summary>
    /// 670 MiB. Source: measured on an NVIDIA H200 (CUDA 13, llama.cpp b10361 built for sm_90, the
    /// release LLamaSharp 0.30.0 matches) on 2026-11-26: <c>llama-batched-bench</c> on the tiny model in 8
    /// shapes (1 to 100 sequences, 1k to 400k cells, FA on/off, ubatch 128 to 512, f16/q8_0 KV), peak
    /// <c>nvidia-smi memory.used</c> minus the device buffers llama.cpp allocates was 663 to 671 MiB in every
    /// shape, so it does not grow with context or sequences. Older GPUs (T4, L4, A100) and CUDA 12 usually
    /// need less for the context, which makes this constant err on the side of predicting out-of-memory;
    /// recalibrate per class with <c>docs/memory.md</c>'s recipe when a runner is available.
    /// </summary>
    public const long CudaMiB = 670;

    public static long Bytes(MemoryTarget target) => target == MemoryTarget.Gpu ? CudaMiB * MemorySizes.MiB : 0;
}
