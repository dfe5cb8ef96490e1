namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>The hyper-parameters llama.cpp assumes for llama files: required u32 keys, positive sizes, head shapes that divide.</summary>
internal static class GgufLlamaChecks
{
    /// <summary>llama.cpp b10361's LLAMA_MAX_LAYERS: its per-layer arrays are this long, and it aborts (not errs) on a file with more blocks.</summary>
    public const uint MaxBlockCount = 512;

    /// <summary>Hyper-parameters llama.cpp requires for llama files, all u32 (it refuses other widths).</summary>
    private static readonly string[] RequiredLlamaUInt32Keys =
    [
        GgufKeys.ContextLength, GgufKeys.EmbeddingLength, GgufKeys.BlockCount, GgufKeys.FeedForwardLength, GgufKeys.HeadCount,
    ];

    public static void Check(GgufFile file, GgufValidationProblems problems)
    {
        var metadata = file.Metadata;
        if (!metadata.TryGetValue(GgufKeys.Architecture, out var architecture))
        {
            problems.Add(GgufValidationProblemKind.MissingMetadata, $"'{GgufKeys.Architecture}' is missing; llama.cpp cannot tell what model this is");
            return;
        }

        if (architecture.Type != GgufValueType.String)
        {
            problems.Add(GgufValidationProblemKind.WrongMetadataType, $"'{GgufKeys.Architecture}' is {architecture.Type} {architecture}, not a string");
            return;
        }

        if (!string.Equals(metadata.Architecture, GgufValidator.LlamaArchitecture, StringComparison.Ordinal))
        {
            return;
        }

        foreach (var key in RequiredLlamaUInt32Keys)
        {
            RequirePositiveUInt32(metadata, key, required: true, problems);
        }

        RequirePositiveUInt32(metadata, GgufKeys.HeadCountKv, required: false, problems);
        if (metadata.TryGetValue(GgufKeys.BlockCount, out var blocks) && blocks.Value is uint blockCount && blockCount > MaxBlockCount)
        {
            problems.Add(GgufValidationProblemKind.InconsistentMetadata, $"'{GgufKeys.BlockCount}' is {blockCount}; llama.cpp holds at most {MaxBlockCount} layers and aborts loading more");
        }

        if (!metadata.TryGetValue(GgufKeys.RmsEpsilon, out var epsilon))
        {
            problems.Add(GgufValidationProblemKind.MissingMetadata, $"llama file lacks '{GgufKeys.RmsEpsilon}' (Float32), which llama.cpp requires");
        }
        else if (epsilon.Value is not float)
        {
            problems.Add(GgufValidationProblemKind.WrongMetadataType, $"'{GgufKeys.RmsEpsilon}' is {epsilon.Type} {epsilon}; llama.cpp requires Float32");
        }

        CheckHeadShapes(metadata, problems);
    }

    private static void RequirePositiveUInt32(GgufMetadata metadata, string key, bool required, GgufValidationProblems problems)
    {
        if (!metadata.TryGetValue(key, out var value))
        {
            if (required)
            {
                problems.Add(GgufValidationProblemKind.MissingMetadata, $"llama file lacks '{key}' (UInt32), which llama.cpp requires");
            }
        }
        else if (value.Value is not uint number)
        {
            problems.Add(GgufValidationProblemKind.WrongMetadataType, $"'{key}' is {value.Type} {value}; llama.cpp requires UInt32");
        }
        else if (number == 0)
        {
            problems.Add(GgufValidationProblemKind.InconsistentMetadata, $"'{key}' is 0; it must be positive");
        }
    }

    /// <summary>Heads split the embedding evenly, and query heads group evenly over key/value heads.</summary>
    private static void CheckHeadShapes(GgufMetadata metadata, GgufValidationProblems problems)
    {
        if (!metadata.TryGetValue(GgufKeys.EmbeddingLength, out var embeddingValue) || embeddingValue.Value is not uint embedding
            || !metadata.TryGetValue(GgufKeys.HeadCount, out var headValue) || headValue.Value is not uint heads || heads == 0)
        {
            return;
        }

        if (embedding % heads != 0)
        {
            problems.Add(GgufValidationProblemKind.InconsistentMetadata, $"'{GgufKeys.EmbeddingLength}' {embedding} is not a multiple of '{GgufKeys.HeadCount}' {heads}");
        }

        if (metadata.TryGetValue(GgufKeys.HeadCountKv, out var kvValue) && kvValue.Value is uint kvHeads && kvHeads != 0 && heads % kvHeads != 0)
        {
            problems.Add(GgufValidationProblemKind.InconsistentMetadata, $"'{GgufKeys.HeadCount}' {heads} is not a multiple of '{GgufKeys.HeadCountKv}' {kvHeads}");
        }
    }
}
