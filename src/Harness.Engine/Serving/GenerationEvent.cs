using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Engine.Serving;

/// <summary>What the engine tells one request: a token, or the end (its document result, or an error).</summary>
internal sealed record GenerationEvent
{
    /// <summary>A generated token and the text it completes (empty while a UTF-8 sequence is still partial).</summary>
    public int? TokenId { get; init; }

    public string Text { get; init; } = "";

    /// <summary>The document as the in-process engine reports it; its presence ends the stream.</summary>
    public DocumentResult? Final { get; init; }

    /// <summary>The engine failed this request's batch; also ends the stream.</summary>
    public string? Error { get; init; }
}
