namespace Llama2Validation.Harness.Reports;

/// <summary>
/// Everything a report shows, computed once: tables with formatted figures, rendered charts (or why
/// they are omitted) and notes. Exporters only lay this out as Markdown, HTML or files.
/// </summary>
public sealed record ReportModel
{
    public required string Title { get; init; }

    public required DateTimeOffset GeneratedAt { get; init; }

    /// <summary>The results files the report was made from, in command-line order.</summary>
    public required IReadOnlyList<string> Sources { get; init; }

    public required MergedRuns Runs { get; init; }

    public required ReportTable Summary { get; init; }

    /// <summary>Per run: environment, model file, weights, dataset, start time.</summary>
    public required ReportTable Provenance { get; init; }

    /// <summary>Per environment (fields down, environments across): machine, software versions, code, file.</summary>
    public required ReportTable Environments { get; init; }

    public required IReadOnlyList<ReportFigure> Figures { get; init; }

    /// <summary>Things a reader should know before trusting a number: dropped duplicates, synthetic weights.</summary>
    public required IReadOnlyList<string> Notes { get; init; }
}
