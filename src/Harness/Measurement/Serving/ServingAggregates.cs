
namespace Llama2Validation.Harness.Measurement.Serving;

/// <summary>Serving figures from the completed requests of one load point, computed once.</summary>
public static class ServingAggregates
{
    public static ServingMetrics Compute(IReadOnlyList<RequestTiming> requests, ServingLoad load, ServingSlo slo)
    {
        ArgumentNullException.ThrowIfNull(requests);
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(slo);
        var duration = requests.Count == 0 ? 0 : requests.Max(r => r.LastTokenAt) - requests.Min(r => r.SentAt);
        var input = requests.Sum(r => (long)r.PromptTokens);
        var output = requests.Sum(r => (long)r.OutputTokens);
        var ttft = requests.Select(r => r.TimeToFirstToken).ToList();
        var tpot = requests.Where(r => r.TimePerOutputToken is not null).Select(r => r.TimePerOutputToken!.Value).ToList();
        var good = requests.Count(r => r.TimeToFirstToken <= slo.TimeToFirstTokenSeconds && (r.TimePerOutputToken ?? 0) <= slo.TimePerOutputTokenSeconds);
        var ttftPercentiles = LatencyPercentiles.Of(ttft);
        var tpotPercentiles = LatencyPercentiles.Of(tpot);
        return new ServingMetrics
        {
            Load = load,
            DurationSeconds = duration,
            CompletedRequests = requests.Count,
            InputTokens = input,
            OutputTokens = output,
            RequestsPerSecond = Rate(requests.Count, duration),
            InputTokensPerSecond = Rate(input, duration),
            OutputTokensPerSecond = Rate(output, duration),
            TotalTokensPerSecond = Rate(input + output, duration),
            TimeToFirstToken = ttftPercentiles,
            TimePerOutputToken = tpotPercentiles,
            EndToEnd = LatencyPercentiles.Of(requests.Select(r => r.EndToEnd).ToList()),
            Slo = slo,
            GoodputRequestsPerSecond = Rate(good, duration),
            MeetsSlo = requests.Count > 0 && ttftPercentiles.P90 <= slo.TimeToFirstTokenSeconds && tpotPercentiles.P90 <= slo.TimePerOutputTokenSeconds,
        };
    }

    /// <summary>
    /// Seconds during which at least one interval was open: the union's length. At concurrency 1 it is
    /// the intervals' sum; with overlap, each second counts once however many requests share it.
    /// </summary>
    public static double Covered(IEnumerable<(double Start, double End)> intervals)
    {
        ArgumentNullException.ThrowIfNull(intervals);
        var total = 0.0;
        var (openStart, openEnd) = (double.NaN, double.NaN);
        foreach (var (start, end) in intervals.Where(i => i.End > i.Start).OrderBy(i => i.Start))
        {
            if (double.IsNaN(openStart) || start > openEnd)
            {
                total += double.IsNaN(openStart) ? 0 : openEnd - openStart;
                (openStart, openEnd) = (start, end);
            }
            else
            {
                openEnd = Math.Max(openEnd, end);
            }
        }

        return total + (double.IsNaN(openStart) ? 0 : openEnd - openStart);
    }

    private static double Rate(double count, double seconds) => seconds > 0 ? count / seconds : 0;
}
