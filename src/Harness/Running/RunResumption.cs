using System.Text.Json;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running;

/// <summary>
/// Picks up an interrupted invocation: completed runs are kept as they are; a cancelled or failed run
/// keeps its finished documents and runs only the rest. A resumed run is marked
/// (<see cref="RunResult.ResumedDocuments"/>): its throughput covers only the part run last, so `check`
/// does not judge it and it is never used for baselines.
/// </summary>
public static class RunResumption
{
    /// <summary>What an earlier invocation in this folder left: its finished runs and the one it was in the middle of.</summary>
    public static IReadOnlyList<RunResult> Previous(string folder) =>
        [.. ResultsStore.Previous(folder), .. new ResultsJournal(folder).InProgress() is { } interrupted ? [interrupted] : Array.Empty<RunResult>()];

    /// <summary>
    /// Where this invocation's configuration differs from the earlier one it would continue, one entry per
    /// difference ("default: contextPerSequence recorded 1024, now 512"); empty when it may continue.
    /// Continuing under other options would mix two configurations in one run, or drop the earlier runs.
    /// </summary>
    public static IReadOnlyList<string> ConfigurationDifferences(IReadOnlyList<RunResult> previous, IReadOnlyList<StrategySpec> planned, string datasetHash)
    {
        ArgumentNullException.ThrowIfNull(previous);
        ArgumentNullException.ThrowIfNull(planned);
        var differences = new List<string>();
        foreach (var earlier in previous.GroupBy(r => r.Spec.Name, StringComparer.Ordinal).Select(g => g.Last()))
        {
            var now = planned.FirstOrDefault(s => string.Equals(s.Name, earlier.Spec.Name, StringComparison.Ordinal));
            if (now is null)
            {
                differences.Add($"{earlier.Spec.Name}: run before, not selected now");
                continue;
            }

            differences.AddRange(SpecFieldDifferences(earlier.Spec, now).Select(field => $"{now.Name}: {field}"));
            if (!string.Equals(earlier.Metadata.DatasetHash, datasetHash, StringComparison.Ordinal))
            {
                differences.Add($"{now.Name}: dataset recorded {Short(earlier.Metadata.DatasetHash)}, now {Short(datasetHash)}");
            }
        }

        return differences;
    }

    private static IEnumerable<string> SpecFieldDifferences(StrategySpec recorded, StrategySpec now)
    {
        // Field by field through the results file's own names, so a field added to the spec is compared too.
        var before = Fields(recorded);
        var after = Fields(now);
        foreach (var name in before.Keys.Union(after.Keys).Order(StringComparer.Ordinal))
        {
            var a = before.GetValueOrDefault(name, "unset");
            var b = after.GetValueOrDefault(name, "unset");
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                yield return $"{name} recorded {a}, now {b}";
            }
        }
    }

    private static Dictionary<string, string> Fields(StrategySpec spec) =>
        JsonSerializer.SerializeToElement(spec, HarnessJson.Options).EnumerateObject()
            .Where(p => p.Value.ValueKind != JsonValueKind.Null)
            .ToDictionary(p => p.Name, p => p.Value.ToString(), StringComparer.Ordinal);

    private static string Short(string hash) => hash.Length > 19 ? hash[..19] : hash;

    public static RunResult? CompletedRun(IReadOnlyList<RunResult> previous, StrategySpec spec, string datasetHash) =>
        previous.LastOrDefault(r => r.Spec == spec && r.Metadata.DatasetHash == datasetHash && r.Outcome == RunOutcome.Completed);

    public static IReadOnlyList<DocumentResult> FinishedDocuments(IReadOnlyList<RunResult> previous, StrategySpec spec, string datasetHash) =>
        previous.LastOrDefault(r => r.Spec == spec && r.Metadata.DatasetHash == datasetHash)?.Documents ?? [];

    public static IReadOnlyList<Example> Remaining(IReadOnlyList<Example> examples, IReadOnlyList<DocumentResult> finished)
    {
        var done = finished.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);
        return examples.Where(e => !done.Contains(e.Id)).ToList();
    }

    /// <summary>
    /// The resumed part's result with the earlier documents put back in front, and every figure that comes
    /// from documents (counts, ROUGE-1, per-document latencies) computed over all of them. Throughput keeps
    /// the resumed part's own figures: only documents timed together in one worker share a clock.
    /// </summary>
    public static RunResult Merge(RunResult resumed, IReadOnlyList<DocumentResult> earlier, int totalDocuments)
    {
        ArgumentNullException.ThrowIfNull(resumed);
        ArgumentNullException.ThrowIfNull(earlier);
        if (earlier.Count == 0)
        {
            return resumed;
        }

        var detail = $"resumed: {earlier.Count} documents from an earlier invocation; throughput covers the {resumed.Documents.Count} run last only"
            + (resumed.FailureDetail is null ? "" : $"; {resumed.FailureDetail}");
        var whole = RunSummary.Build(
            resumed.Spec, totalDocuments, resumed.Metadata, [.. earlier, .. resumed.Documents], resumed.Engine,
            resumed.LoadSeconds, resumed.WallSeconds, resumed.Outcome, detail);
        return whole with
        {
            GenerationSeconds = resumed.GenerationSeconds,
            DocsPerSecond = resumed.DocsPerSecond,
            PrefillTokensPerSecond = resumed.PrefillTokensPerSecond,
            DecodeTokensPerSecond = resumed.DecodeTokensPerSecond,
            PeakRssBytes = resumed.PeakRssBytes,
            PeakGpuMemoryBytes = resumed.PeakGpuMemoryBytes,
            DeviceBuffers = resumed.DeviceBuffers,
            Serving = resumed.Serving,
            ResumedDocuments = earlier.Count,
        };
    }
}
