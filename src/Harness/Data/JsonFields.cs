using System.Diagnostics.CodeAnalysis;
using System.Text.Json;

namespace Llama2Validation.Harness.Data;

/// <summary>Typed reads of JSON properties that say what was wrong instead of throwing.</summary>
internal static class JsonFields
{
    public static bool TryGetString(JsonElement parent, string name, [NotNullWhen(true)] out string? value, out string? problem)
    {
        value = null;
        problem = null;
        if (!parent.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            problem = $"missing \"{name}\"";
            return false;
        }

        if (property.ValueKind != JsonValueKind.String)
        {
            problem = $"\"{name}\" is {Describe(property.ValueKind)}, expected a string";
            return false;
        }

        value = property.GetString()!;
        return true;
    }

    public static bool TryGetStringList(JsonElement parent, string name, [NotNullWhen(true)] out IReadOnlyList<string>? values, out string? problem)
    {
        values = null;
        problem = null;
        if (!parent.TryGetProperty(name, out var property) || property.ValueKind == JsonValueKind.Null)
        {
            problem = $"missing \"{name}\"";
            return false;
        }

        if (property.ValueKind != JsonValueKind.Array)
        {
            problem = $"\"{name}\" is {Describe(property.ValueKind)}, expected a list of strings";
            return false;
        }

        var list = new List<string>(property.GetArrayLength());
        foreach (var item in property.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.String)
            {
                problem = $"\"{name}\"[{list.Count}] is {Describe(item.ValueKind)}, expected a string";
                return false;
            }

            list.Add(item.GetString()!);
        }

        values = list;
        return true;
    }

    public static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "a list",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
