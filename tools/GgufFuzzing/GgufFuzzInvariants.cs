namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>
/// What must hold of any verdict, whatever the input: an accepted file is safe to hand to llama.cpp
/// (every derived size defined, every tensor inside the file, no overlaps, a vocabulary without repeats),
/// and a refusal names the file in every message. Returns the first broken rule, or null.
/// </summary>
internal static class GgufFuzzInvariants
{
    public static string? Check(GgufValidationResult result, int inputLength, string source)
    {
        if (result.Problems.Any(problem => problem.Source != source || string.IsNullOrWhiteSpace(problem.Detail)))
        {
            return "a problem does not name the file or says nothing";
        }

        if (!result.IsValid)
        {
            if (result.Problems.Count == 0)
            {
                return "refused without a problem";
            }

            try
            {
                result.EnsureValid();
                return "EnsureValid accepted a refused file";
            }
            catch (GgufValidationException refusal)
            {
                return refusal.Message.Contains(source, StringComparison.Ordinal) ? null : "the refusal message does not name the file";
            }
        }

        return CheckAccepted(result.File!, inputLength);
    }

    private static string? CheckAccepted(GgufFile file, int inputLength)
    {
        if (file.FileLength != inputLength || file.DataOffset % file.Alignment != 0)
        {
            return $"accepted file has length {file.FileLength} (input {inputLength}) or a misaligned data offset {file.DataOffset}";
        }

        long previousEnd = 0;
        foreach (var tensor in file.Tensors.OrderBy(tensor => tensor.AbsoluteOffset))
        {
            if (tensor.ElementCount <= 0 || tensor.ByteSize <= 0 || tensor.AbsoluteOffset < Math.Max(file.DataOffset, previousEnd)
                || tensor.AbsoluteOffset + tensor.ByteSize > file.FileLength || tensor.Shape.Count is < 1 or > 4)
            {
                return $"accepted tensor '{tensor.Name}' is not inside the data section or overlaps another";
            }

            previousEnd = tensor.AbsoluteOffset + tensor.ByteSize;
        }

        if (file.Metadata.TryGetArray(GgufKeys.Tokens, out var tokens) && tokens.AsStrings() is { } vocabulary
            && vocabulary.Distinct(StringComparer.Ordinal).Count() != vocabulary.Count)
        {
            return "accepted vocabulary has repeated tokens";
        }

        if (string.Equals(file.Architecture, GgufValidator.LlamaArchitecture, StringComparison.Ordinal))
        {
            // These are what the loader reads first; on an accepted llama file they must answer.
            _ = file.Metadata.GetUInt32(GgufKeys.BlockCount) + file.Metadata.GetUInt32(GgufKeys.EmbeddingLength)
                + file.Metadata.GetUInt32(GgufKeys.HeadCount) + file.Metadata.GetUInt32(GgufKeys.ContextLength);
        }

        return null;
    }
}
