namespace Llama2Validation.Harness.Hardware.Gating;

/// <summary>
/// Trait names and values test rows carry, so <c>dotnet test --filter Category=A100</c> selects one class.
/// Library unit tests carry none: they run everywhere.
/// </summary>
public static class TestTraits
{
    public const string Category = "Category";

    /// <summary>"40GB"/"80GB" on rows that depend on which A100 size runs them.</summary>
    public const string GpuMemory = "GpuMemory";

    public const string Cpu = "CPU";

    public const string T4 = "T4";

    public const string L4 = "L4";

    public const string A100 = "A100";

    public const string H100 = "H100";

    public const string H200 = "H200";

    /// <summary>Every value <see cref="Category"/> takes; both A100 sizes are one category.</summary>
    public static IReadOnlyList<string> Categories { get; } = [Cpu, T4, L4, A100, H100, H200];

    public static string CategoryOf(HardwareClass hardwareClass) => hardwareClass switch
    {
        HardwareClass.CPU => Cpu,
        HardwareClass.T4 => T4,
        HardwareClass.L4 => L4,
        HardwareClass.A100 => A100,
        HardwareClass.H100 => H100,
        HardwareClass.H200 => H200,
        _ => throw new ArgumentOutOfRangeException(nameof(hardwareClass), hardwareClass, "no test category: nothing is tested on unrecognised hardware"),
    };
}
