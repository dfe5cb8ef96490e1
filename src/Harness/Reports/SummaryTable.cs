using System.Globalization;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Reports;

/// <summary>The headline table: one row per hardware × strategy, as the seed's results table.</summary>
public static class SummaryTable
{
    public const string Title = "Summary";

    public static IReadOnlyList<ReportColumn> Columns { get; } =
    [
        new("#", Numeric: true),
        new("Hardware"),
        new("Strategy"),
        new("docs/s", Numeric: true),
        new("Total time (s)", Numeric: true),
        new("ROUGE-1 F1", Numeric: true),
        new("Peak memory", Numeric: true),
        new("Decode tok/s", Numeric: true),
        new("TTFT p50 (s)", Numeric: true),
        new("Outcome"),
    ];

    public static ReportTable Build(MergedRuns merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        return new ReportTable(Title, Columns, merged.Runs.Select(Row).ToList());
    }

    private static IReadOnlyList<string> Row(ReportRun run)
    {
        var result = run.Run;
        return
        [
            run.Number.ToString(CultureInfo.InvariantCulture),
            run.Hardware,
            run.Strategy,
            run.Completed ? ReportFormat.Rate(result.DocsPerSecond) : "—",
            ReportFormat.Seconds(result.WallSeconds),
            ReportFormat.Rouge1(result),
            PeakMemory.Of(result)?.Text ?? ReportFormat.NotAvailable,
            run.Completed ? ReportFormat.TokensPerSecond(result.DecodeTokensPerSecond) : "—",
            run.Completed ? ReportFormat.Seconds(result.TimeToFirstTokenP50Seconds) : "—",
            Outcome(result),
        ];
    }

    /// <summary>"completed, 98/100 ok, 2 does-not-fit" or "out-of-memory: the reason".</summary>
    public static string Outcome(RunResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        var outcome = ReportFormat.Kebab(result.Outcome.ToString()) + (result.ResumedDocuments is null ? "" : " (resumed)");
        if (result.Outcome != RunOutcome.Completed)
        {
            return string.IsNullOrWhiteSpace(result.FailureDetail) ? outcome : $"{outcome}: {result.FailureDetail}";
        }

        var total = result.DocumentCount > 0 ? result.DocumentCount : result.Documents.Count;
        var ok = result.Documents.Count > 0 ? result.Documents.Count(d => d.Outcome == DocumentOutcome.Ok) : result.CompletedCount;
        var others = result.Documents
            .Where(d => d.Outcome != DocumentOutcome.Ok)
            .GroupBy(d => d.Outcome)
            .OrderBy(g => g.Key)
            .Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Count()} {ReportFormat.Kebab(g.Key.ToString())}"));
        var resumed = result.ResumedDocuments is { } earlier
            ? [string.Create(CultureInfo.InvariantCulture, $"{earlier} documents from an earlier invocation, speed over the rest only")]
            : Array.Empty<string>();
        return string.Join(", ", new[] { outcome, string.Create(CultureInfo.InvariantCulture, $"{ok}/{total} ok") }.Concat(others).Concat(resumed));
    }
}
