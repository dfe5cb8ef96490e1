using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Harness.Configuration;

/// <summary>
/// A hardware class set by hand for dry runs: "A100", "A100-80GB", "H100", "CPU" (case ignored).
/// The memory size is accepted only for classes that come in sizes.
/// </summary>
public sealed record HardwareOverride(HardwareClass Class, string? GpuMemory)
{
    public static HardwareOverride? TryParse(string text)
    {
        var parts = text.Trim().Split('-', 2, StringSplitOptions.TrimEntries);
        if (!Enum.TryParse<HardwareClass>(parts[0], ignoreCase: true, out var hardwareClass)
            || hardwareClass == HardwareClass.Unknown
            || !Enum.IsDefined(hardwareClass))
        {
            return null;
        }

        if (parts.Length == 1)
        {
            return new HardwareOverride(hardwareClass, null);
        }

        var size = GpuMemorySizes.Of(hardwareClass).FirstOrDefault(s => string.Equals(s, parts[1], StringComparison.OrdinalIgnoreCase));
        return size is null ? null : new HardwareOverride(hardwareClass, size);
    }

    /// <summary>What the variable accepts, for the problem message.</summary>
    public static string Accepted =>
        string.Join(", ", Enum.GetValues<HardwareClass>()
            .Where(c => c != HardwareClass.Unknown)
            .SelectMany(c => GpuMemorySizes.Of(c).Select(size => $"{c}-{size}").Prepend(c.ToString())));
}
