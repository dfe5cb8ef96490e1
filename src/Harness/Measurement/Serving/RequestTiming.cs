
namespace Llama2Validation.Harness.Measurement.Serving;

/// <summary>
/// One completed request as the client saw it, in seconds on one clock shared by the whole run
/// (only differences matter): sent, first output, last output, and its token counts.
/// </summary>
public readonly record struct RequestTiming(double SentAt, double FirstTokenAt, double LastTokenAt, int PromptTokens, int OutputTokens)
{
    public double TimeToFirstToken => FirstTokenAt - SentAt;

    public double EndToEnd => LastTokenAt - SentAt;

    /// <summary>Decode time over the tokens after the first; null for a request that generated at most one token.</summary>
    public double? TimePerOutputToken => OutputTokens > 1 ? (LastTokenAt - FirstTokenAt) / (OutputTokens - 1) : null;
}
