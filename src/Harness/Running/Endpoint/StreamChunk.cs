
namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>What one completion chunk (or a whole non-streamed response) says about the first choice.</summary>
public sealed record StreamChunk
{
    /// <summary>Text added by this chunk (completions: choices[0].text; chat: delta.content or message.content).</summary>
    public string Text { get; init; } = "";

    /// <summary>Token ids added by this chunk, where the server reports them; null where it does not.</summary>
    public IReadOnlyList<int>? TokenIds { get; init; }

    public string? FinishReason { get; init; }

    /// <summary>
    /// llama-server's stop_type "eos": the model ended the text, and the last token it streamed was the
    /// end-of-sequence token, which the in-process engine never counts as output.
    /// </summary>
    public bool EndOfSequence { get; init; }

    public int? PromptTokens { get; init; }

    public int? CompletionTokens { get; init; }

    /// <summary>An error object sent inside the stream (vLLM does this when generation fails mid-way).</summary>
    public string? Error { get; init; }

    /// <summary>True when the chunk carries generated output (text or ids), which is what TTFT waits for.</summary>
    public bool HasOutput => Text.Length > 0 || TokenIds is { Count: > 0 };
}
