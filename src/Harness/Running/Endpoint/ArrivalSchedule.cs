namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// When each request of a rate-driven run is sent, as offsets from the run's start: a Poisson process
/// (exponential gaps of mean 1 / rate), seeded so that every run at one rate and seed sends at the
/// same moments. The first request goes at once.
/// </summary>
public static class ArrivalSchedule
{
    public static IReadOnlyList<TimeSpan> Poisson(int count, double requestsPerSecond, int seed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (!(requestsPerSecond > 0) || !double.IsFinite(requestsPerSecond))
        {
            throw new ArgumentOutOfRangeException(nameof(requestsPerSecond), requestsPerSecond, "A Poisson schedule needs a positive, finite rate.");
        }

        var random = new Random(seed);
        var offsets = new TimeSpan[count];
        var at = 0.0;
        for (var i = 0; i < count; i++)
        {
            offsets[i] = TimeSpan.FromSeconds(at);
            // 1 - NextDouble() is in (0, 1]: the logarithm is finite.
            at += -Math.Log(1 - random.NextDouble()) / requestsPerSecond;
        }

        return offsets;
    }
}
