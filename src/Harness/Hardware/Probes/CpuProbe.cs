using System.Runtime.Intrinsics.X86;
using Llama2Validation.Harness.Hardware.Parsing;

namespace Llama2Validation.Harness.Hardware.Probes;

/// <summary>Reads /proc/cpuinfo and /proc/meminfo; elsewhere falls back to what the runtime knows.</summary>
public static class CpuProbe
{
    private const string CpuInfoPath = "/proc/cpuinfo";

    private const string MemInfoPath = "/proc/meminfo";

    public static CpuReading Read()
    {
        var cpu = File.Exists(CpuInfoPath) ? CpuInfoParser.Parse(File.ReadAllText(CpuInfoPath)) : RuntimeReading();
        if (cpu.LogicalCores == 0)
        {
            cpu = cpu with { LogicalCores = System.Environment.ProcessorCount };
        }

        var memory = File.Exists(MemInfoPath)
            ? MemInfoParser.ParseTotalMiB(File.ReadAllText(MemInfoPath))
            : GC.GetGCMemoryInfo().TotalAvailableMemoryBytes / (1024 * 1024);
        return cpu with { MemoryTotalMiB = memory };
    }

    /// <summary>Outside Linux: no model name, but the runtime knows the vector extensions.</summary>
    private static CpuReading RuntimeReading() => new()
    {
        LogicalCores = System.Environment.ProcessorCount,
        InstructionSet = Avx512F.IsSupported ? InstructionSetLevel.Avx512
            : Avx2.IsSupported ? InstructionSetLevel.Avx2
            : Avx.IsSupported ? InstructionSetLevel.Avx
            : InstructionSetLevel.Baseline,
    };
}
