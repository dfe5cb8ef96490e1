namespace Llama2Validation.Harness.Measurement.Serving;

/// <summary>The percentiles a serving benchmark reports for one latency, in seconds (0 when nothing was measured).</summary>
public sealed record LatencyPercentiles
{
    public double P50 { get; init; }

    public double P90 { get; init; }

    public double P99 { get; init; }

    public static LatencyPercentiles Of(IReadOnlyCollection<double> seconds) => new()
    {
        P50 = Percentile.Of(seconds, 50),
        P90 = Percentile.Of(seconds, 90),
        P99 = Percentile.Of(seconds, 99),
    };
}
