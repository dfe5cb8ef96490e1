using System.Globalization;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Reports;

/// <summary>
/// Merges runs from several runners' files (an A100 runner's and a T4 runner's, say) into one list
/// keyed by hardware × strategy. Where the same key appears twice the latest run wins and a note says
/// which one was dropped, so a re-run never silently doubles a bar.
/// </summary>
public static class RunMerger
{
    public static MergedRuns Merge(IReadOnlyList<LoadedResultsFile> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var all = files
            .SelectMany((file, fileIndex) => file.Results.Runs.Select((run, runIndex) => new Candidate(run, file.Path, fileIndex, runIndex)))
            .ToList();

        var notes = new List<string>();
        var kept = new List<Candidate>();
        foreach (var group in all.GroupBy(c => (c.Run.Metadata.HardwareClass, c.Run.Metadata.HardwareDescription, c.Run.Strategy)))
        {
            // Latest start wins; for equal starts, the later file on the command line (then later in its file).
            var ordered = group.OrderByDescending(c => c.Run.Metadata.StartedAt).ThenByDescending(c => c.FileIndex).ThenByDescending(c => c.RunIndex).ToList();
            kept.Add(ordered[0]);
            foreach (var dropped in ordered.Skip(1))
            {
                notes.Add(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{group.Key.HardwareClass} · {group.Key.Strategy} appears more than once; the run started {ReportFormat.Date(ordered[0].Run.Metadata.StartedAt)} ({ordered[0].Path}) is shown, the one started {ReportFormat.Date(dropped.Run.Metadata.StartedAt)} ({dropped.Path}) is not."));
            }
        }

        var labels = HardwareLabels(kept.Select(c => c.Run.Metadata));
        var strategyOrder = StrategyOrder.Sort(kept.Select(c => c.Run.Strategy).Distinct()).ToList();
        var runs = kept
            .OrderBy(c => HardwareRank(c.Run.Metadata.HardwareClass))
            .ThenBy(c => c.Run.Metadata.HardwareDescription, StringComparer.Ordinal)
            .ThenBy(c => strategyOrder.IndexOf(c.Run.Strategy))
            .Select((c, index) => new ReportRun(index + 1, labels[(c.Run.Metadata.HardwareClass, c.Run.Metadata.HardwareDescription)], c.Run, c.Path))
            .ToList();
        return new MergedRuns(runs, notes);
    }

    /// <summary>The class name alone, unless two different machines of one class are merged (A100 40 GB and 80 GB).</summary>
    private static Dictionary<(string Class, string Description), string> HardwareLabels(IEnumerable<RunMetadata> metadata)
    {
        var machines = metadata.Select(m => (Class: m.HardwareClass, Description: m.HardwareDescription)).Distinct().ToList();
        return machines.ToDictionary(
            m => m,
            m => machines.Count(other => other.Class == m.Class) == 1 || string.IsNullOrWhiteSpace(m.Description)
                ? m.Class
                : $"{m.Class} ({m.Description})");
    }

    /// <summary>Most capable first (H200 … CPU), as people read benchmark tables; unrecognised classes last.</summary>
    private static int HardwareRank(string hardwareClass) =>
        Enum.TryParse<HardwareClass>(hardwareClass, ignoreCase: true, out var parsed) && parsed != HardwareClass.Unknown
            ? -(int)parsed
            : int.MaxValue;

    private sealed record Candidate(RunResult Run, string Path, int FileIndex, int RunIndex);
}
