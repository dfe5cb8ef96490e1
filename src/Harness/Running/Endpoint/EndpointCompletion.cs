
namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>One document's streamed answer as the client measured it. Times are seconds.</summary>
public sealed record EndpointCompletion
{
    public required string Text { get; init; }

    /// <summary>Generated ids where the server reported them, else empty.</summary>
    public IReadOnlyList<int> TokenIds { get; init; } = [];

    /// <summary>Prompt tokens as the server counted them (usage), where it said.</summary>
    public int? PromptTokens { get; init; }

    public int OutputTokens { get; init; }

    /// <summary>From sending the request (of the attempt that succeeded) to the first chunk carrying output.</summary>
    public double TimeToFirstTokenSeconds { get; init; }

    /// <summary>From the first output chunk to the last one.</summary>
    public double DecodeSeconds { get; init; }

    /// <summary>Stopwatch timestamps of the request sent and the last output chunk, for the run's span.</summary>
    public long SentAt { get; init; }

    /// <summary>Stopwatch timestamp of the first output chunk.</summary>
    public long FirstOutputAt { get; init; }

    public long LastOutputAt { get; init; }

    public string? FinishReason { get; init; }

    /// <summary>Failed attempts before this one, and why (null when the first attempt succeeded).</summary>
    public string? RetryNote { get; init; }
}
