namespace Llama2Validation.Harness.Measurement.Serving;

/// <summary>
/// What a serving benchmark reports for one load point. Rates are over wall time (first request sent
/// → last token received), never over summed per-request times: requests overlap, and a sum of
/// overlapping times counts the same second once per request in flight.
/// </summary>
public sealed record ServingMetrics
{
    public required ServingLoad Load { get; init; }

    /// <summary>First request sent → last token received.</summary>
    public double DurationSeconds { get; init; }

    public int CompletedRequests { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    public double RequestsPerSecond { get; init; }

    public double InputTokensPerSecond { get; init; }

    public double OutputTokensPerSecond { get; init; }

    public double TotalTokensPerSecond { get; init; }

    public required LatencyPercentiles TimeToFirstToken { get; init; }

    /// <summary>Per request: decode time over its tokens after the first (requests of one token left out).</summary>
    public required LatencyPercentiles TimePerOutputToken { get; init; }

    /// <summary>Per request: sent → last token.</summary>
    public required LatencyPercentiles EndToEnd { get; init; }

    public required ServingSlo Slo { get; init; }

    /// <summary>Requests meeting both SLOs, per second of <see cref="DurationSeconds"/>.</summary>
    public double GoodputRequestsPerSecond { get; init; }

    /// <summary>TTFT p90 and TPOT p90 both within the SLO.</summary>
    public bool MeetsSlo { get; init; }

    /// <summary>Completed requests whose output token ids came back.</summary>
    public int RequestsWithTokenIds { get; init; }

    /// <summary>Why ids are missing, when some completed request came back without them; null when all have ids.</summary>
    public string? TokenIdsNotice { get; init; }
}
