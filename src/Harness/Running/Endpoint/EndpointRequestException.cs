using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// One request to the server failed. Messages describe the request and the server's answer, never
/// headers, so the API key cannot reach them from here (the runner redacts them again regardless).
/// </summary>
public sealed class EndpointRequestException : Exception
{
    public EndpointRequestException()
    {
    }

    public EndpointRequestException(string message)
        : base(message)
    {
    }

    public EndpointRequestException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Worth another attempt: a 429, a 5xx, or a connection that never got a response.</summary>
    public bool Retryable { get; init; }

    /// <summary>The HTTP status the server answered with, when it answered at all.</summary>
    public int? StatusCode { get; init; }

    /// <summary>What the server asked us to wait (Retry-After), if anything.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>Error, or does-not-fit when the server said the prompt exceeds its context (as vLLM's 400 does).</summary>
    public DocumentOutcome Outcome { get; init; } = DocumentOutcome.Error;
}
