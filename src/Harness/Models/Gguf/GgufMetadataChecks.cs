namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>Metadata as a whole: no duplicate keys, no arrays of arrays, a power-of-two u32 alignment.</summary>
internal static class GgufMetadataChecks
{
    public static void Check(GgufFile file, GgufValidationProblems problems)
    {
        var firstOffsets = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var entry in file.Metadata.Entries)
        {
            if (!firstOffsets.TryAdd(entry.Key, entry.Offset))
            {
                problems.Add(GgufValidationProblemKind.DuplicateKey, $"metadata key '{entry.Key}' appears again (first at byte {firstOffsets[entry.Key]}); llama.cpp refuses duplicate keys", entry.Offset);
            }

            if (entry.Value.AsArray() is { ElementType: GgufValueType.Array })
            {
                problems.Add(GgufValidationProblemKind.NestedArray, $"metadata '{entry.Key}' is an array of arrays, which llama.cpp does not read", entry.Offset);
            }
        }

        if (file.Metadata.TryGetValue(GgufKeys.Alignment, out var alignment))
        {
            if (alignment.Value is not uint value)
            {
                problems.Add(GgufValidationProblemKind.InvalidAlignment, $"'{GgufKeys.Alignment}' is {alignment.Type} {alignment}; llama.cpp reads it as UInt32 and aborts on any other type");
            }
            else if (value == 0 || (value & (value - 1)) != 0)
            {
                problems.Add(GgufValidationProblemKind.InvalidAlignment, $"'{GgufKeys.Alignment}' is {value}, not a power of two");
            }
        }
    }
}
