namespace Llama2Validation.Harness.Data;

/// <summary>
/// One document to summarise, built as the seed built it: the article's first section, its first
/// summary as reference, prompt = document + <see cref="PromptSuffix"/>, BOS added, never truncated.
/// </summary>
public sealed record Example
{
    /// <summary>Appended to every document, exactly as the seed did.</summary>
    public const string PromptSuffix = "\n\n\nSummarize the above text in 1-3 sentences.";

    /// <summary>The article URL (WikiLingua) or a synthetic id.</summary>
    public required string Id { get; init; }

    public required string Document { get; init; }

    /// <summary>Reference summary; empty for synthetic workloads.</summary>
    public string Reference { get; init; } = "";

    public string Prompt => VerbatimPrompt ?? Document + PromptSuffix;

    /// <summary>
    /// A prompt received already built (the endpoint server gets Example.Prompt or a chat template
    /// over HTTP) and used as it is; null for every dataset example, whose prompt is built above.
    /// </summary>
    public string? VerbatimPrompt { get; init; }

    /// <summary>
    /// Synthetic speed workloads give a prompt length in tokens instead of text: the engine builds a
    /// deterministic prompt of exactly this many tokens (BOS included), so GPU runs follow the seed's
    /// real length distribution without its text.
    /// </summary>
    public int? SyntheticPromptTokens { get; init; }

    /// <summary>The document's length in words, as every strategy reports it; 0 for prompts given in tokens.</summary>
    public int WordCount() =>
        SyntheticPromptTokens is null ? Document.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length : 0;
}
