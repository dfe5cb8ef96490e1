using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// What one run of one side contributes to a comparison, each in wall-clock time except the CPU figure.
/// Per-document medians: a neighbour that takes the core for a moment slows one document, not the median.
/// </summary>
public sealed record SideFigures(ComparisonSide Side, RunResult Run)
{
    /// <summary>Completed documents per second of generation (the run's own figure).</summary>
    public double DocsPerSecond => Run.DocsPerSecond;

    /// <summary>
    /// Completed documents per second of generation less the run-queue wait: the run's own wall time with
    /// its work and its waits, not its neighbours' turns on the core (null where the worker did not measure it).
    /// </summary>
    public double? OwnCoreDocsPerSecond => Run.Engine is { GenerationRunQueueSeconds: { } queued, GenerationSeconds: > 0 } engine
        && engine.GenerationSeconds - queued > 0 && Run.CompletedCount > 0
        ? Run.CompletedCount / (engine.GenerationSeconds - queued)
        : null;

    /// <summary>The speed a verdict rests on: docs/s on its own core where measured, else wall docs/s.</summary>
    public double Speed => OwnCoreDocsPerSecond ?? DocsPerSecond;

    /// <summary>The least disturbed of a side's runs in one pair: the fastest by <see cref="Speed"/>.</summary>
    public static SideFigures Fastest(IReadOnlyList<SideFigures> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.MaxBy(r => r.Speed) ?? throw new ArgumentException("a pair needs at least one run of each side", nameof(runs));
    }

    /// <summary>Median over documents of each document's decode seconds per generated token after the first.</summary>
    public double DecodeSecondsPerToken => Median(Run.Documents
        .Where(d => d.Outcome == DocumentOutcome.Ok && d.OutputTokens > 1)
        .Select(d => d.DecodeSeconds / (d.OutputTokens - 1)));

    /// <summary>Median time to first token over documents.</summary>
    public double TimeToFirstTokenSeconds => Median(Run.Documents.Where(d => d.Outcome == DocumentOutcome.Ok).Select(d => d.TimeToFirstTokenSeconds));

    /// <summary>CPU seconds of the generating thread per completed document (null when the worker reported none).</summary>
    public double? CpuSecondsPerDocument => Run.Engine is { GenerationCpuSeconds: > 0 } engine && Run.CompletedCount > 0
        ? engine.GenerationCpuSeconds / Run.CompletedCount
        : null;

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? double.NaN
            : sorted.Length % 2 == 1 ? sorted[sorted.Length / 2]
            : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
    }
}
