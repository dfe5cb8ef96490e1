using System.Text.Json;

namespace Llama2Validation.Harness.Baselines.Store;

/// <summary>Enum values as results.json spells them (kebab-case: out-of-memory), for messages.</summary>
internal static class EnumText
{
    public static string Of<T>(T value)
        where T : struct, Enum => JsonNamingPolicy.KebabCaseLower.ConvertName(value.ToString());
}
