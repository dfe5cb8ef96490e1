using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// The classes expected outcomes are kept for. GPU totals are what nvidia-smi reports on each card
/// (saved outputs in tests/Correctness/Hardware/TestFiles): T4 15360 MiB, L4 23034, A100 40960 / 81920,
/// H100 SXM 81559, H200 143771. The CPU class is judged against a nominal 16 GiB CI runner (a
/// GitHub-hosted Linux runner), on the generated tiny model.
/// </summary>
public static class MemoryClasses
{
    public static MemoryClass Cpu { get; } = new("CPU", HardwareClass.CPU, null, 16384);

    public static MemoryClass T4 { get; } = new("T4", HardwareClass.T4, null, 15360);

    public static MemoryClass L4 { get; } = new("L4", HardwareClass.L4, null, 23034);

    public static MemoryClass A100Small { get; } = new("A100-40GB", HardwareClass.A100, Hardware.GpuMemorySizes.A100Small, 40960);

    public static MemoryClass A100Large { get; } = new("A100-80GB", HardwareClass.A100, Hardware.GpuMemorySizes.A100Large, 81920);

    public static MemoryClass H100 { get; } = new("H100", HardwareClass.H100, null, 81559);

    public static MemoryClass H200 { get; } = new("H200", HardwareClass.H200, null, 143771);

    public static IReadOnlyList<MemoryClass> Gpus { get; } = [T4, L4, A100Small, A100Large, H100, H200];

    public static IReadOnlyList<MemoryClass> All { get; } = [Cpu, .. Gpus];

    /// <summary>By label ("A100-40GB", "a100-40gb", "H200"); the A100 needs its size.</summary>
    public static MemoryClass? Find(string label) =>
        All.FirstOrDefault(c => string.Equals(c.Label, label?.Trim(), StringComparison.OrdinalIgnoreCase));
}
