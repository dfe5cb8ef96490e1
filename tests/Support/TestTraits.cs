using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// Trait names and values test rows carry, so <c>dotnet test --filter Category=A100</c> selects one class.
/// Library unit tests carry none: they run everywhere. The names are the gate's (<see cref="GateCategory"/>).
/// </summary>
public static class TestTraits
{
    public const string Category = GateCategory.Trait;

    /// <summary>"40GB"/"80GB" on rows that depend on which A100 size runs them.</summary>
    public const string GpuMemory = "GpuMemory";

    public const string Cpu = nameof(HardwareClass.CPU);

    public const string T4 = nameof(HardwareClass.T4);

    public const string L4 = nameof(HardwareClass.L4);

    public const string A100 = nameof(HardwareClass.A100);

    public const string H100 = nameof(HardwareClass.H100);

    public const string H200 = nameof(HardwareClass.H200);

    /// <summary>Every value <see cref="Category"/> takes; both A100 sizes are one category.</summary>
    public static IReadOnlyList<string> Categories { get; } = [Cpu, T4, L4, A100, H100, H200];

    public static string CategoryOf(HardwareClass hardwareClass) => GateCategory.Of(hardwareClass);
}
