using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// A hardware class at one memory size, with the memory a run may use: the GPU's total as nvidia-smi
/// reports it, or a nominal host for the CPU class. <see cref="Label"/> names its baselines folder.
/// </summary>
public sealed record MemoryClass(string Label, HardwareClass Class, string? GpuMemory, long TotalMiB)
{
    public MemoryTarget Target => Class == HardwareClass.CPU ? MemoryTarget.Cpu : MemoryTarget.Gpu;

    public override string ToString() => Label;
}
