using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Reports.Charts;

namespace Llama2Validation.Harness.Reports;

/// <summary>Turns accepted results files into a <see cref="ReportModel"/>: merge, tables, charts, notes, once.</summary>
public static class ReportBuilder
{
    public const string DefaultTitle = "Llama-2 summarisation benchmark";

    public static ReportModel Build(IReadOnlyList<LoadedResultsFile> files, DateTimeOffset generatedAt, string title = DefaultTitle)
    {
        ArgumentNullException.ThrowIfNull(files);
        var merged = RunMerger.Merge(files);
        var (provenance, environments) = ProvenanceTable.Build(merged);
        return new ReportModel
        {
            Title = title,
            GeneratedAt = generatedAt,
            Sources = files.Select(f => f.Path).ToList(),
            Runs = merged,
            Summary = SummaryTable.Build(merged),
            Provenance = provenance,
            Environments = environments,
            Figures = merged.Runs.Count == 0 ? [] : ReportCharts.Build(merged),
            Notes = Notes(merged),
        };
    }

    private static List<string> Notes(MergedRuns merged)
    {
        var notes = new List<string>();
        if (merged.Runs.Count == 0)
        {
            notes.Add("The results files hold no runs, so there is nothing to chart.");
        }

        var synthetic = merged.Runs.Where(r => r.Run.Metadata.ModelSynthetic).ToList();
        if (synthetic.Count > 0)
        {
            notes.Add(synthetic.Count == merged.Runs.Count
                ? "Every run used synthetic (random) weights: speed and memory carry over to the real model, summary quality does not, so ROUGE-1 is not reported."
                : $"Runs {string.Join(", ", synthetic.Select(r => r.Number))} used synthetic (random) weights: their ROUGE-1 is not reported.");
        }

        notes.AddRange(merged.Notes);
        return notes;
    }
}
