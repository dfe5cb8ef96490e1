using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Approval;

/// <summary>
/// What every baseline and snapshot is keyed by: hardware class × strategy × model identity.
/// Compared case-insensitively, as people type class and strategy names on the command line.
/// </summary>
public sealed record RunKey(string HardwareClass, string Strategy, string Model)
{
    public static RunKey Of(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return new RunKey(CanonicalClass(run.Metadata.HardwareClass), run.Strategy, ModelIdentity.Of(run.Metadata));
    }

    /// <summary>
    /// The enum's spelling (CPU, A100) for a recognised class name, also when a run labels it with its
    /// size ("A100 80GB", "A100-80GB": baselines of speed are per class); other text unchanged.
    /// </summary>
    public static string CanonicalClass(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var bare = name.Split([' ', '-'], 2)[0];
        return Enum.TryParse<HardwareClass>(bare, ignoreCase: true, out var parsed) && Enum.IsDefined(parsed) && !int.TryParse(bare, out _)
            && (bare.Length == name.Length || Hardware.GpuMemorySizes.Of(parsed).Any(size => name.EndsWith(size, StringComparison.OrdinalIgnoreCase)))
            ? parsed.ToString()
            : name;
    }

    public bool Equals(RunKey? other) =>
        other is not null
        && string.Equals(HardwareClass, other.HardwareClass, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Strategy, other.Strategy, StringComparison.OrdinalIgnoreCase)
        && string.Equals(Model, other.Model, StringComparison.OrdinalIgnoreCase);

    public override int GetHashCode() => HashCode.Combine(
        StringComparer.OrdinalIgnoreCase.GetHashCode(HardwareClass),
        StringComparer.OrdinalIgnoreCase.GetHashCode(Strategy),
        StringComparer.OrdinalIgnoreCase.GetHashCode(Model));

    public override string ToString() => $"{HardwareClass}/{Strategy}/{Model}";
}
