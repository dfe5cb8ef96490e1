using Llama2Validation.Harness.Measurement.Serving;

namespace Llama2Validation.Tests.Correctness.Endpoint;

/// <summary>
/// Serving figures over overlapping requests: rates over wall time, never over summed per-request
/// times (the issue-21 run reported 612 prefill tok/s at concurrency 4 by summing TTFTs).
/// </summary>
public sealed class ServingAggregatesTests
{
    /// <summary>Four requests sent together; each waits 1 s for its first token and streams 9 more tokens over 1 s.</summary>
    private static readonly RequestTiming[] FourTogether =
    [
        new(0, 1, 2, 100, 10),
        new(0, 1, 2, 100, 10),
        new(0, 1, 2, 100, 10),
        new(0, 1, 2, 100, 10),
    ];

    [Fact]
    public void Throughput_is_over_the_wall_time_from_first_request_to_last_token()
    {
        var metrics = ServingAggregates.Compute(FourTogether, new ServingLoad { Concurrency = 4 }, ServingSlo.Default);

        metrics.DurationSeconds.Should().Be(2);
        metrics.RequestsPerSecond.Should().Be(2);
        metrics.InputTokensPerSecond.Should().Be(200, "400 prompt tokens over 2 s of wall time, not over 4 summed seconds");
        metrics.OutputTokensPerSecond.Should().Be(20);
        metrics.TotalTokensPerSecond.Should().Be(220);
        metrics.Load.Label.Should().Be("c4");
    }

    [Fact]
    public void Overlapping_intervals_count_each_second_once()
    {
        ServingAggregates.Covered(FourTogether.Select(r => (r.SentAt, r.FirstTokenAt))).Should().Be(1, "four TTFTs of 1 s side by side cover 1 s, not 4");
        ServingAggregates.Covered([(0.0, 1.0), (2.0, 3.0)]).Should().Be(2, "disjoint intervals (concurrency 1) add up");
        ServingAggregates.Covered([(0.0, 3.0), (1.0, 2.0), (2.5, 4.0)]).Should().Be(4);
        ServingAggregates.Covered([]).Should().Be(0);
    }

    [Fact]
    public void Latency_percentiles_include_p99_and_end_to_end()
    {
        // 100 requests, one at a time: TTFT i ms, 11 tokens over 10·i ms (TPOT i ms), end to end 11·i ms.
        var requests = Enumerable.Range(1, 100).Select(i => new RequestTiming(i * 10.0, (i * 10.0) + (i / 1000.0), (i * 10.0) + (11 * i / 1000.0), 5, 11)).ToList();

        var metrics = ServingAggregates.Compute(requests, new ServingLoad(), ServingSlo.Default);

        metrics.TimeToFirstToken.P50.Should().BeApproximately(0.0505, 1e-9);
        metrics.TimeToFirstToken.P99.Should().BeApproximately(0.09901, 1e-9);
        metrics.TimePerOutputToken.P90.Should().BeApproximately(0.0901, 1e-9);
        metrics.EndToEnd.P99.Should().BeApproximately(11 * 0.09901, 1e-9);
    }

    [Fact]
    public void Goodput_counts_requests_within_both_objectives()
    {
        RequestTiming[] requests =
        [
            new(0, 0.5, 1.4, 10, 10),  // TTFT 0.5 s, TPOT 0.1 s: good
            new(0, 2.5, 3.4, 10, 10),  // TTFT 2.5 s: late
            new(0, 0.5, 4.0, 10, 10),  // TPOT 0.39 s: slow
            new(0, 1.0, 1.0, 10, 1),   // one token, TTFT 1 s: good
        ];

        var metrics = ServingAggregates.Compute(requests, new ServingLoad { Concurrency = 4 }, ServingSlo.Default);

        metrics.GoodputRequestsPerSecond.Should().Be(2 / 4.0);
        metrics.MeetsSlo.Should().BeFalse("TTFT p90 is above 2 s");
        ServingAggregates.Compute(requests, new ServingLoad(), new ServingSlo { TimeToFirstTokenSeconds = 3, TimePerOutputTokenSeconds = 0.5 })
            .Should().BeEquivalentTo(new { GoodputRequestsPerSecond = 1.0, MeetsSlo = true });
    }

    [Fact]
    public void A_rate_driven_load_states_its_rate()
    {
        new ServingLoad { Concurrency = 100, RequestRate = 2.5, ArrivalSeed = 3 }.Label.Should().Be("c100-r2.5");
    }
}
