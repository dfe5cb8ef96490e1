namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// The checks that need the whole header: metadata, the tensor table against the file's length, and
/// for llama files the hyper-parameters and vocabulary llama.cpp assumes. Every problem is returned,
/// not only the first; an empty list means llama.cpp can be given the file.
/// </summary>
public static class GgufValidator
{
    public const string LlamaArchitecture = "llama";

    /// <summary>Listing is capped so a garbage vocabulary gives a readable report; the count is always given.</summary>
    public const int MaxDuplicateTokensListed = 10;

    /// <summary>ggml keeps names in a 64-byte buffer with a terminator.</summary>
    public const int MaxTensorNameBytes = 63;

    /// <summary>tokenizer.ggml.model value of files that carry no vocabulary on purpose.</summary>
    public const string NoVocabularyModel = "no_vocab";

    public static IReadOnlyList<GgufValidationProblem> Validate(GgufFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        var problems = new GgufValidationProblems(file.Source);
        GgufMetadataChecks.Check(file, problems);
        GgufTensorTableChecks.Check(file, problems);
        GgufLlamaChecks.Check(file, problems);
        GgufVocabularyChecks.Check(file, problems);
        return problems.Items;
    }
}
