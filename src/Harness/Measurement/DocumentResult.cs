
namespace Llama2Validation.Harness.Measurement;

/// <summary>One document's measurements and output. Times are seconds.</summary>
public sealed record DocumentResult
{
    /// <summary>The example's id (its URL for WikiLingua, or a synthetic name).</summary>
    public required string Id { get; init; }

    public DocumentOutcome Outcome { get; init; }

    /// <summary>Prompt tokens including BOS.</summary>
    public int PromptTokens { get; init; }

    public int OutputTokens { get; init; }

    /// <summary>From submitting the prompt to the first generated token (prefill included).</summary>
    public double TimeToFirstTokenSeconds { get; init; }

    /// <summary>From the first generated token to the last.</summary>
    public double DecodeSeconds { get; init; }

    public string Output { get; init; } = "";

    /// <summary>The reference summary, kept with the output so results can be scored offline.</summary>
    public string? Reference { get; init; }

    /// <summary>Generated token ids, so outputs compare exactly even where bytes are not valid UTF-8 alone.</summary>
    public IReadOnlyList<int> OutputTokenIds { get; init; } = [];

    /// <summary>Why the document did not complete (does-not-fit numbers, error text).</summary>
    public string? Detail { get; init; }

    /// <summary>Document length in words, for latency-versus-length charts.</summary>
    public int DocumentWords { get; init; }
}
