using System.Globalization;

namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// The ranges a stored run's aggregates can take. A results file is data from disk, not a measurement: a
/// hand-edited <c>rouge1F1: 5.0</c> or <c>docsPerSecond: -3</c> must be refused on load, never judged
/// against a floor it happens to clear.
/// </summary>
public static class RunAggregateRanges
{
    /// <summary>Every aggregate out of range, as "runs[i].name: value is …"; empty when all are readable.</summary>
    public static IReadOnlyList<string> Problems(RunResult run, int index)
    {
        ArgumentNullException.ThrowIfNull(run);
        var problems = new List<string>();
        var at = string.Create(CultureInfo.InvariantCulture, $"runs[{index}]");

        void NonNegative(string name, double value)
        {
            if (!double.IsFinite(value) || value < 0)
            {
                problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}.{name}: {value} is not a finite number ≥ 0"));
            }
        }

        NonNegative("loadSeconds", run.LoadSeconds);
        NonNegative("wallSeconds", run.WallSeconds);
        NonNegative("generationSeconds", run.GenerationSeconds);
        NonNegative("docsPerSecond", run.DocsPerSecond);
        NonNegative("prefillTokensPerSecond", run.PrefillTokensPerSecond);
        NonNegative("decodeTokensPerSecond", run.DecodeTokensPerSecond);
        NonNegative("timeToFirstTokenP50Seconds", run.TimeToFirstTokenP50Seconds);
        NonNegative("timeToFirstTokenP90Seconds", run.TimeToFirstTokenP90Seconds);
        NonNegative("timePerOutputTokenP50Seconds", run.TimePerOutputTokenP50Seconds);
        NonNegative("timePerOutputTokenP90Seconds", run.TimePerOutputTokenP90Seconds);
        NonNegative("peakRssBytes", run.PeakRssBytes);
        if (run.PeakGpuMemoryBytes is { } gpu)
        {
            NonNegative("peakGpuMemoryBytes", gpu);
        }

        if (run.Rouge1F1 is { } rouge && (!double.IsFinite(rouge) || rouge is < 0 or > 1))
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}.rouge1F1: {rouge} is outside [0, 1]"));
        }

        if (run.DocumentCount < 0 || run.CompletedCount < 0 || run.CompletedCount > run.DocumentCount)
        {
            problems.Add(string.Create(CultureInfo.InvariantCulture, $"{at}.completedCount: {run.CompletedCount} of {run.DocumentCount} documents is not a count within the run"));
        }

        if (TimeToFirstTokenOrder(run) is { } order)
        {
            problems.Add($"{at}.{order}");
        }

        return problems;
    }

    // A p90 below the p50 of the same documents cannot come out of a measurement.
    private static string? TimeToFirstTokenOrder(RunResult run) =>
        run.TimeToFirstTokenP90Seconds < run.TimeToFirstTokenP50Seconds
            ? string.Create(CultureInfo.InvariantCulture, $"timeToFirstTokenP90Seconds: {run.TimeToFirstTokenP90Seconds} is below its p50 {run.TimeToFirstTokenP50Seconds}")
            : null;
}
