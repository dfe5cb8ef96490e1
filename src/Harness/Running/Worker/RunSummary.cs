using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Metrics;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running.Worker;

/// <summary>Computes a run's summary figures once, from its documents and the engine's totals.</summary>
public static class RunSummary
{
    /// <param name="spec">What ran.</param>
    /// <param name="documentCount">How many documents were submitted (a failed run may have finished fewer).</param>
    /// <param name="metadata">The run's provenance.</param>
    /// <param name="documents">The documents that finished.</param>
    /// <param name="totals">The engine's own totals; null when the worker died before sending them.</param>
    /// <param name="loadSeconds">Model load time, excluded from the throughput figures.</param>
    /// <param name="wallSeconds">The whole run, load included.</param>
    /// <param name="outcome">How the run ended.</param>
    /// <param name="failureDetail">Why, when it did not complete.</param>
    public static RunResult Build(
        StrategySpec spec,
        int documentCount,
        RunMetadata metadata,
        IReadOnlyList<DocumentResult> documents,
        GenerationTotals? totals,
        double loadSeconds,
        double wallSeconds,
        RunOutcome outcome,
        string? failureDetail)
    {
        var completed = documents.Where(d => d.Outcome == DocumentOutcome.Ok).ToList();

        // Without the engine's totals (the worker died), the best honest figure is the documents' own time.
        var generation = totals?.GenerationSeconds ?? completed.Sum(d => d.TimeToFirstTokenSeconds + d.DecodeSeconds);
        var perToken = completed.Where(d => d.OutputTokens > 1).Select(d => d.DecodeSeconds / (d.OutputTokens - 1)).ToList();
        var ttft = completed.Select(d => d.TimeToFirstTokenSeconds).ToList();
        var oneAtATime = spec.ParallelSequences == 1 && spec.OverflowSequences == 0;
        var run = new RunResult
        {
            Strategy = spec.Name,
            Spec = spec,
            Outcome = outcome,
            FailureDetail = failureDetail,
            DocumentCount = documentCount,
            CompletedCount = completed.Count,
            LoadSeconds = loadSeconds,
            WallSeconds = wallSeconds,
            GenerationSeconds = generation,
            DocsPerSecond = Rate(completed.Count, generation),
            // Without totals (a cancelled or dead worker), the finished documents' own times where they ran one at a
            // time; a batched run's documents overlap, so it has no honest figure then.
            PrefillTokensPerSecond = totals is null
                ? oneAtATime ? Rate(completed.Sum(d => (double)d.PromptTokens), completed.Sum(d => d.TimeToFirstTokenSeconds)) : 0
                : Rate(totals.PrefillTokens, totals.PrefillSeconds),
            DecodeTokensPerSecond = totals is null
                ? oneAtATime ? Rate(completed.Sum(d => (double)Math.Max(0, d.OutputTokens - 1)), completed.Sum(d => d.DecodeSeconds)) : 0
                : Rate(totals.DecodeOnlyTokens, totals.DecodeOnlySeconds),
            TimeToFirstTokenP50Seconds = Percentile.Of(ttft, 50),
            TimeToFirstTokenP90Seconds = Percentile.Of(ttft, 90),
            TimePerOutputTokenP50Seconds = Percentile.Of(perToken, 50),
            TimePerOutputTokenP90Seconds = Percentile.Of(perToken, 90),
            PeakRssBytes = totals?.PeakRssBytes ?? 0,
            Engine = totals,
            Metadata = metadata,
            Documents = documents,
        };

        // From the documents, like every other figure here: worker, endpoint and resumed runs are scored alike.
        return run with { Rouge1F1 = RunRouge.MeanRouge1(run) };
    }

    private static double Rate(double count, double seconds) => seconds > 0 ? count / seconds : 0;
}
