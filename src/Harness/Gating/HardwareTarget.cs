using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Harness.Gating;

/// <summary>The hardware a test case needs: a class, and where it matters one memory size (null = any size).</summary>
public sealed record HardwareTarget(HardwareClass Class, string? GpuMemory = null)
{
    public string Category => GateCategory.Of(Class);

    /// <summary>CPU cases run on the generated tiny model, which any machine can run.</summary>
    public bool RunsAnywhere => Class == HardwareClass.CPU;

    public bool IsMetBy(HardwareReport hardware) =>
        RunsAnywhere || (hardware.Class == Class && (GpuMemory is null || GpuMemory == hardware.GpuMemory));

    public override string ToString() => HardwareReport.Label(Class, GpuMemory);
}
