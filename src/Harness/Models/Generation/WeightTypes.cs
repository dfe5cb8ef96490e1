using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Generation;

/// <summary>How a strategy's weight type is stored: tensor type, general.file_type and command-line name.</summary>
public static class WeightTypes
{
    public static GgmlType ToGgmlType(this WeightType type) => type switch
    {
        WeightType.F16 => GgmlType.F16,
        WeightType.Q8_0 => GgmlType.Q8_0,
        WeightType.Q4_0 => GgmlType.Q4_0,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>llama.cpp's llama_ftype number (MOSTLY_F16 = 1, MOSTLY_Q4_0 = 2, MOSTLY_Q8_0 = 7).</summary>
    public static uint ToFileType(this WeightType type) => type switch
    {
        WeightType.F16 => 1,
        WeightType.Q4_0 => 2,
        WeightType.Q8_0 => 7,
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, null),
    };

    /// <summary>The lower-case name used in file names and on the command line: f16, q8_0, q4_0.</summary>
    public static string ToName(this WeightType type) => type.ToString().ToLowerInvariant();

    public static bool TryParse(string? text, out WeightType type)
    {
        foreach (var candidate in Enum.GetValues<WeightType>())
        {
            if (string.Equals(candidate.ToName(), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                type = candidate;
                return true;
            }
        }

        type = default;
        return false;
    }
}
