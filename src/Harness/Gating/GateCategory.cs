using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Harness.Gating;

/// <summary>
/// How the gate names a hardware class to test filters: rows carry the trait <see cref="Trait"/> with the
/// class's name, so <c>dotnet test --filter Category=A100</c> selects one class; <c>l2v hw</c> prints that filter.
/// </summary>
public static class GateCategory
{
    public const string Trait = "Category";

    public static string Of(HardwareClass hardwareClass) => hardwareClass switch
    {
        HardwareClass.CPU or HardwareClass.T4 or HardwareClass.L4 or HardwareClass.A100 or HardwareClass.H100 or HardwareClass.H200 => hardwareClass.ToString(),
        _ => throw new ArgumentOutOfRangeException(nameof(hardwareClass), hardwareClass, "no test category: nothing is tested on unrecognised hardware"),
    };
}
