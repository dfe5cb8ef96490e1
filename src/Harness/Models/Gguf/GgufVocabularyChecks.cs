namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>The vocabulary llama.cpp builds from the metadata: token arrays of one length, unique tokens, special ids in range.</summary>
internal static class GgufVocabularyChecks
{
    private static readonly string[] SpecialTokenKeys = [GgufKeys.BosTokenId, GgufKeys.EosTokenId, GgufKeys.UnknownTokenId];

    public static void Check(GgufFile file, GgufValidationProblems problems)
    {
        var metadata = file.Metadata;
        var isLlama = string.Equals(metadata.Architecture, GgufValidator.LlamaArchitecture, StringComparison.Ordinal);
        var hasModel = metadata.TryGetValue(GgufKeys.TokenizerModel, out var model);
        if (hasModel && model.Type != GgufValueType.String)
        {
            problems.Add(GgufValidationProblemKind.WrongMetadataType, $"'{GgufKeys.TokenizerModel}' is {model.Type} {model}, not a string");
        }
        else if (!hasModel && isLlama)
        {
            problems.Add(GgufValidationProblemKind.MissingMetadata, $"llama file lacks '{GgufKeys.TokenizerModel}', which llama.cpp requires to load a vocabulary");
        }

        if (string.Equals(model?.AsString(), GgufValidator.NoVocabularyModel, StringComparison.Ordinal))
        {
            return;
        }

        if (!metadata.TryGetValue(GgufKeys.Tokens, out var tokensValue))
        {
            if (isLlama)
            {
                problems.Add(GgufValidationProblemKind.MissingMetadata, $"llama file lacks '{GgufKeys.Tokens}' (the vocabulary)");
            }

            return;
        }

        if (tokensValue.AsArray()?.AsStrings() is not { } tokens)
        {
            // llama.cpp asserts on the type when it reads the token list: the process would abort.
            problems.Add(GgufValidationProblemKind.WrongMetadataType, $"'{GgufKeys.Tokens}' is {tokensValue.Type} {tokensValue}, not an array of strings");
            return;
        }

        if (tokens.Count == 0)
        {
            problems.Add(GgufValidationProblemKind.EmptyVocabulary, $"'{GgufKeys.Tokens}' is empty");
            return;
        }

        CheckDuplicateTokens(tokens, problems);
        CheckParallelArray(metadata, GgufKeys.Scores, GgufValueType.Float32, tokens.Count, problems);
        CheckParallelArray(metadata, GgufKeys.TokenTypes, GgufValueType.Int32, tokens.Count, problems);
        foreach (var key in SpecialTokenKeys)
        {
            CheckTokenId(metadata, key, tokens.Count, problems);
        }
    }

    /// <summary>llama.cpp maps text to id and asserts the map is as large as the list: a repeated token aborts the process.</summary>
    private static void CheckDuplicateTokens(IReadOnlyList<string> tokens, GgufValidationProblems problems)
    {
        var firstIds = new Dictionary<string, int>(tokens.Count, StringComparer.Ordinal);
        var duplicates = 0;
        for (var id = 0; id < tokens.Count; id++)
        {
            if (firstIds.TryAdd(tokens[id], id))
            {
                continue;
            }

            duplicates++;
            if (duplicates <= GgufValidator.MaxDuplicateTokensListed)
            {
                problems.Add(GgufValidationProblemKind.DuplicateVocabularyEntry, $"'{GgufKeys.Tokens}' holds \"{Printable(tokens[id])}\" twice: ids {firstIds[tokens[id]]} and {id} (llama.cpp aborts on repeated tokens)");
            }
        }

        if (duplicates > GgufValidator.MaxDuplicateTokensListed)
        {
            problems.Add(GgufValidationProblemKind.DuplicateVocabularyEntry, $"'{GgufKeys.Tokens}' has {duplicates} repeated entries in all; the first {GgufValidator.MaxDuplicateTokensListed} are listed");
        }
    }

    /// <summary>Scores and token types are indexed by token id without bounds checks, so they must match the list.</summary>
    private static void CheckParallelArray(GgufMetadata metadata, string key, GgufValueType elementType, int vocabularySize, GgufValidationProblems problems)
    {
        if (!metadata.TryGetValue(key, out var value))
        {
            return;
        }

        if (value.AsArray() is not { } array || array.ElementType != elementType)
        {
            problems.Add(GgufValidationProblemKind.WrongMetadataType, $"'{key}' is {value.Type} {value}, not an array of {elementType}");
        }
        else if (array.Count != vocabularySize)
        {
            problems.Add(GgufValidationProblemKind.VocabularyLengthMismatch, $"'{key}' has {array.Count} entries but '{GgufKeys.Tokens}' has {vocabularySize}");
        }
    }

    private static void CheckTokenId(GgufMetadata metadata, string key, int vocabularySize, GgufValidationProblems problems)
    {
        if (!metadata.TryGetValue(key, out var value))
        {
            return;
        }

        if (value.Value is not uint id)
        {
            problems.Add(GgufValidationProblemKind.WrongMetadataType, $"'{key}' is {value.Type} {value}; llama.cpp requires UInt32");
        }
        else if (id >= (uint)vocabularySize)
        {
            problems.Add(GgufValidationProblemKind.TokenIdOutOfRange, $"'{key}' is {id}, outside the vocabulary of {vocabularySize} tokens");
        }
    }

    private static string Printable(string token) =>
        string.Concat(token.Select(c => char.IsControl(c) ? $"\\u{(int)c:X4}" : c.ToString()));
}
