namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// The checks that need the whole header: metadata, the tensor table against the file's length, and
/// for llama files the hyper-parameters and vocabulary llama.cpp assumes. Every problem is returned,
/// not only the first; an empty list means llama.cpp can be given the file.
/// </summary>
public static partial class GgufValidator
{
    public static IReadOnlyList<GgufValidationProblem> Validate(GgufFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new GgufValidationProblems(file.Source);
        CheckMetadata(file, problems);
        CheckTensors(file, problems);
        CheckArchitecture(file, problems);
        CheckVocabulary(file, problems);
        return problems.Items;
    }

    private static void CheckMetadata(GgufFile file, GgufValidationProblems problems)
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
