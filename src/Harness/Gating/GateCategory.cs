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

    /// <summary>
    /// What a runner gating <paramref name="hardwareClass"/> selects: every test except other classes' rows.
    /// <c>Category=H100</c> alone would leave out the untagged gate tests (worker isolation, reported buffers,
    /// the flash-attention setting), which must run on every runner; a test without the trait matches
    /// <c>Category!=X</c>.
    /// </summary>
    public static string FilterFor(HardwareClass hardwareClass)
    {
        var own = Of(hardwareClass);
        return string.Join("&", Enum.GetValues<HardwareClass>().Where(c => c != HardwareClass.Unknown).Select(Of).Where(c => c != own).Select(c => $"{Trait}!={c}"));
    }
}
