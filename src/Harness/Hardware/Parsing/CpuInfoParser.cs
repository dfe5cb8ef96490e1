namespace Llama2Validation.Harness.Hardware.Parsing;

/// <summary>
/// Reads Linux's <c>/proc/cpuinfo</c>: blocks of "key\t: value" lines, one block per logical processor.
/// </summary>
public static class CpuInfoParser
{
    public static CpuReading Parse(string cpuinfo)
    {
        string? model = null;
        var logical = 0;
        var physicalCores = new HashSet<(string Package, string Core)>();
        var flags = new HashSet<string>(StringComparer.Ordinal);
        string? package = null;

        foreach (var line in cpuinfo.Split('\n'))
        {
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var key = line[..colon].Trim();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "processor":
                    logical++;
                    package = null;
                    break;
                case "model name":
                    model ??= CollapseSpaces(value);
                    break;
                case "physical id":
                    package = value;
                    break;
                case "core id" when package is not null:
                    physicalCores.Add((package, value));
                    break;
                case "flags":
                    flags.UnionWith(value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                    break;
                default:
                    break;
            }
        }

        return new CpuReading
        {
            Model = model ?? CpuReading.UnknownModel,
            LogicalCores = logical,
            PhysicalCores = physicalCores.Count > 0 ? physicalCores.Count : null,
            InstructionSet = Level(flags),
        };
    }

    private static InstructionSetLevel Level(HashSet<string> flags) =>
        flags.Contains("avx512f") ? InstructionSetLevel.Avx512
        : flags.Contains("avx2") ? InstructionSetLevel.Avx2
        : flags.Contains("avx") ? InstructionSetLevel.Avx
        : InstructionSetLevel.Baseline;

    /// <summary>Some firmware pads the model name with runs of spaces; fingerprints must not depend on that.</summary>
    private static string CollapseSpaces(string value) =>
        string.Join(' ', value.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
