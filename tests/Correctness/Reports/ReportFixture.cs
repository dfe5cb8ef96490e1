using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Reports;

namespace Llama2Validation.Tests.Correctness.Reports;

/// <summary>Builds reports from in-memory results files, as <c>l2v report</c> would from files on disk.</summary>
internal static class ReportFixture
{
    public static readonly DateTimeOffset GeneratedAt = new(2024, 1, 19, 9, 0, 0, TimeSpan.Zero);

    public static ReportModel Build(params (string Path, ResultsFile Results)[] files) =>
        ReportBuilder.Build(files.Select(f => new LoadedResultsFile(f.Path, f.Results)).ToList(), GeneratedAt);

    // Reports are immutable and drawing nine runs' charts takes seconds on a small CI machine: build once.
    private static readonly Lazy<ReportModel> SharedA100AndT4 = new(BuildA100AndT4);

    private static readonly Lazy<ReportModel> SharedCpuSynthetic = new(() => Build(("cpu.json", SampleResults.CpuSynthetic())));

    public static ReportModel A100AndT4() => SharedA100AndT4.Value;

    public static ReportModel CpuSynthetic() => SharedCpuSynthetic.Value;

    /// <summary>A fresh build, for tests that compare two builds of the same data.</summary>
    public static ReportModel BuildA100AndT4() => Build(("a100/results.json", SampleResults.A100()), ("t4/results.json", SampleResults.T4()));

    public static IReadOnlyList<string> Row(ReportTable table, string hardware, string strategy)
    {
        var hardwareColumn = table.Columns.ToList().FindIndex(c => c.Header == "Hardware");
        var strategyColumn = table.Columns.ToList().FindIndex(c => c.Header == "Strategy");
        return table.Rows.Single(r => r[hardwareColumn] == hardware && r[strategyColumn] == strategy);
    }

    public static string Cell(ReportTable table, string hardware, string strategy, string column) =>
        Row(table, hardware, strategy)[table.Columns.ToList().FindIndex(c => c.Header == column)];
}
