using System.Globalization;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Reports;

/// <summary>
/// Where every figure comes from, in two tables: per run (same numbering as the summary) what differs
/// between strategies, and per environment (machine, software, code, file) what runs on one runner share,
/// shown fields-down so long values such as GPU names do not squeeze a dozen columns.
/// </summary>
public static class ProvenanceTable
{
    public const string RunsTitle = "Provenance: runs";

    public const string EnvironmentsTitle = "Provenance: environments";

    public static IReadOnlyList<ReportColumn> RunColumns { get; } =
    [
        new("#", Numeric: true),
        new("Hardware"),
        new("Strategy"),
        new("Environment"),
        new("Model sha256"),
        new("Weights"),
        new("Dataset"),
        new("Started"),
    ];

    private static readonly (string Field, Func<ReportRun, string> Value)[] EnvironmentFields =
    [
        ("Hardware", r => r.Hardware),
        ("Machine", r => ReportFormat.OrNotAvailable(r.Run.Metadata.HardwareDescription)),
        ("GPU driver", r => ReportFormat.OrNotAvailable(r.Run.Metadata.GpuDriver)),
        ("OS", r => ReportFormat.OrNotAvailable(r.Run.Metadata.Os)),
        (".NET", r => ReportFormat.OrNotAvailable(r.Run.Metadata.DotnetVersion)),
        ("LLamaSharp", r => ReportFormat.OrNotAvailable(r.Run.Metadata.LlamaSharpVersion)),
        ("Native lib sha256", r => ReportFormat.ShortHash(r.Run.Metadata.NativeLibrarySha256)),
        ("Harness commit", r => ReportFormat.OrNotAvailable(r.Run.Metadata.HarnessCommit)),
        // As given on the command line: CI artifacts are all called results.json, their folders tell them apart.
        ("Results file", r => r.SourcePath),
    ];

    public static IReadOnlyList<string> EnvironmentFieldNames { get; } = EnvironmentFields.Select(f => f.Field).ToList();

    public static (ReportTable Runs, ReportTable Environments) Build(MergedRuns merged)
    {
        ArgumentNullException.ThrowIfNull(merged);

        // Runs that agree on every environment field share one environment, numbered in report order.
        var environments = merged.Runs
            .GroupBy(r => string.Join('\u001f', EnvironmentFields.Select(f => f.Value(r))))
            .Select((group, index) => (Name: string.Create(CultureInfo.InvariantCulture, $"E{index + 1}"), Runs: group.ToList()))
            .ToList();
        var environmentOf = environments.SelectMany(e => e.Runs.Select(r => (r.Number, e.Name))).ToDictionary(p => p.Number, p => p.Name);

        var runs = new ReportTable(RunsTitle, RunColumns, merged.Runs.Select(r => RunRow(r, environmentOf[r.Number])).ToList());

        var columns = new List<ReportColumn> { new("Field") };
        columns.AddRange(environments.Select(e => new ReportColumn($"{e.Name}: runs {RunNumbers(e.Runs)}")));
        var rows = EnvironmentFields
            .Select(field => (IReadOnlyList<string>)[field.Field, .. environments.Select(e => field.Value(e.Runs[0]))])
            .ToList();
        return (runs, new ReportTable(EnvironmentsTitle, columns, rows));
    }

    private static IReadOnlyList<string> RunRow(ReportRun run, string environment)
    {
        var metadata = run.Run.Metadata;
        return
        [
            run.Number.ToString(CultureInfo.InvariantCulture),
            run.Hardware,
            run.Strategy,
            environment,
            ReportFormat.ShortHash(metadata.ModelSha256),
            Weights(metadata),
            Dataset(metadata.DatasetName, metadata.DatasetHash),
            ReportFormat.Date(metadata.StartedAt),
        ];
    }

    /// <summary>
    /// A served model's weights are the server's: the client cannot tell random from trained ones (the
    /// H200 sweeps against llama-server served the generated 7B and were reported as "real").
    /// </summary>
    private static string Weights(RunMetadata metadata) =>
        metadata.EndpointIdentity is not null ? "served (not known)" : metadata.ModelSynthetic ? "synthetic" : "real";

    /// <summary>"1–5" for a contiguous block (the usual case: one file per runner), else "1, 3, 4".</summary>
    private static string RunNumbers(IReadOnlyList<ReportRun> runs)
    {
        var numbers = runs.Select(r => r.Number).Order().ToList();
        var contiguous = numbers.Count > 2 && numbers[^1] - numbers[0] == numbers.Count - 1;
        return contiguous
            ? string.Create(CultureInfo.InvariantCulture, $"{numbers[0]}–{numbers[^1]}")
            : string.Join(", ", numbers.Select(n => n.ToString(CultureInfo.InvariantCulture)));
    }

    private static string Dataset(string name, string hash) =>
        string.IsNullOrWhiteSpace(hash) ? ReportFormat.OrNotAvailable(name) : $"{ReportFormat.OrNotAvailable(name)} ({ReportFormat.ShortHash(hash)})";
}
