using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running;

/// <summary>
/// Picks up an interrupted invocation: completed runs are kept as they are; a cancelled or failed run
/// keeps its finished documents and runs only the rest. Timings of a resumed run cover only the part
/// run last, so it is marked in its failure detail and never used for baselines.
/// </summary>
public static class RunResumption
{
    public static RunResult? CompletedRun(IReadOnlyList<RunResult> previous, StrategySpec spec, string datasetHash) =>
        previous.LastOrDefault(r => r.Spec == spec && r.Metadata.DatasetHash == datasetHash && r.Outcome == RunOutcome.Completed);

    public static IReadOnlyList<DocumentResult> FinishedDocuments(IReadOnlyList<RunResult> previous, StrategySpec spec, string datasetHash) =>
        previous.LastOrDefault(r => r.Spec == spec && r.Metadata.DatasetHash == datasetHash)?.Documents ?? [];

    public static IReadOnlyList<Example> Remaining(IReadOnlyList<Example> examples, IReadOnlyList<DocumentResult> finished)
    {
        var done = finished.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return examples.Where(e => !done.Contains(e.Id)).ToList();
    }

    /// <summary>The resumed part's result with the earlier documents put back in front.</summary>
    public static RunResult Merge(RunResult resumed, IReadOnlyList<DocumentResult> earlier, int totalDocuments) =>
        earlier.Count == 0
            ? resumed
            : resumed with
            {
                DocumentCount = totalDocuments,
                CompletedCount = resumed.CompletedCount + earlier.Count(d => d.Outcome == DocumentOutcome.Ok),
                Documents = [.. earlier, .. resumed.Documents],
                FailureDetail = $"resumed: {earlier.Count} documents from an earlier invocation; timings cover the rest only"
                    + (resumed.FailureDetail is null ? "" : $"; {resumed.FailureDetail}"),
            };
}
