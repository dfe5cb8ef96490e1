using System.Globalization;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Reports;

/// <summary>The headline table: one row per hardware × strategy, as the seed's results table.</summary>
public static class SummaryTable
{
    public const string Title = "Summary";

    public const string MeanKl = "mean KL";

    public const string P99Kl = "p99 KL";

    public const string Top1 = "top-1";

    /// <summary>The columns of a report whose runs carry no agreement figures.</summary>
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

    /// <summary>Agreement with the F16 reference, beside ROUGE-1: shown when any run carries it.</summary>
    public static IReadOnlyList<ReportColumn> AgreementColumns { get; } =
    [
        new(MeanKl, Numeric: true),
        new(P99Kl, Numeric: true),
        new(Top1, Numeric: true),
    ];

    public static ReportTable Build(MergedRuns merged)
    {
        ArgumentNullException.ThrowIfNull(merged);
        var agreement = merged.Runs.Any(r => r.Run.Agreement is not null);
        IReadOnlyList<ReportColumn> columns = agreement ? [.. Columns.Take(AfterRouge), .. AgreementColumns, .. Columns.Skip(AfterRouge)] : Columns;
        return new ReportTable(Title, columns, merged.Runs.Select(run => Row(run, agreement)).ToList());
    }

    /// <summary>Where the agreement columns go: right after ROUGE-1, the other quality figure.</summary>
    private static int AfterRouge => Columns.ToList().FindIndex(c => c.Header == "ROUGE-1 F1") + 1;

    private static List<string> Row(ReportRun run, bool agreement)
    {
        var result = run.Run;
        List<string> cells =
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
        if (agreement)
        {
            cells.InsertRange(AfterRouge, result.Agreement is { } a
                ? [ReportFormat.Kl(a.MeanKl), ReportFormat.Kl(a.P99Kl), ReportFormat.Share(a.Top1)]
                : [ReportFormat.NotAvailable, ReportFormat.NotAvailable, ReportFormat.NotAvailable]);
        }

        return cells;
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
