using System.Collections.Concurrent;
using System.Globalization;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Reports;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Endpoint;
using Llama2Validation.Harness.Strategies;
using Spectre.Console;

namespace Llama2Validation.Cli.Commands.Run;

/// <summary>How `l2v run` looks: dataset problems up front, a progress bar with ETA per strategy, a summary table.</summary>
internal static class RunConsole
{
    public static void ShowDataset(PreparedDataset dataset)
    {
        AnsiConsole.MarkupLineInterpolated($"Dataset [bold]{dataset.Name}[/]: {dataset.Examples.Count} documents from {dataset.Description}");
        foreach (var problem in dataset.Problems)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]  skipped: {problem}[/]");
        }

        if (dataset.MissingIds.Count > 0)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]  {dataset.MissingIds.Count} manifest entries are not in the dataset:[/]");
            foreach (var id in dataset.MissingIds)
            {
                AnsiConsole.MarkupLineInterpolated($"[yellow]    {id}[/]");
            }
        }
    }

    public static async Task<ResultsFile> RunWithProgressAsync(RunPlan plan, string output, bool resume, CancellationToken cancellationToken)
    {
        if (!AnsiConsole.Profile.Capabilities.Interactive)
        {
            // Redirected output (CI logs): one line per document instead of a redrawn bar.
            var done = 0;
            var runner = Runner(output, resume,
                (spec, count) => { done = 0; Console.WriteLine($"{spec.Name}: {count} documents"); },
                (spec, document) => Console.WriteLine($"{spec.Name}: {++done} {Describe(document)}"));
            return await runner.RunAsync(plan, cancellationToken).ConfigureAwait(false);
        }

        ResultsFile? results = null;
        await AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new ElapsedTimeColumn(), new SpinnerColumn())
            .StartAsync(async progress =>
            {
                var tasks = new ConcurrentDictionary<string, ProgressTask>();
                var runner = Runner(output, resume,
                    (spec, count) => tasks[spec.Name] = progress.AddTask(spec.Name, maxValue: Math.Max(1, count)),
                    (spec, _) => tasks[spec.Name].Increment(1));
                results = await runner.RunAsync(plan, cancellationToken).ConfigureAwait(false);
                foreach (var task in tasks.Values)
                {
                    task.StopTask();
                }
            }).ConfigureAwait(false);
        return results!;
    }

    public static void ShowSummary(ResultsFile results)
    {
        // Redirected output is widened at startup (ConsoleWidth), so no cell wraps in a log.
        AnsiConsole.Write(SummaryTable(results));
        foreach (var run in results.Runs.Where(r => r.ResumedDocuments is not null))
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{run.Strategy}: resumed: {run.ResumedDocuments} of {run.DocumentCount} documents from an earlier invocation; counts and ROUGE-1 cover all of them, speed only the {run.DocumentCount - run.ResumedDocuments} run last.[/]");
        }

        foreach (var run in results.Runs.Where(r => r.FailureDetail is not null && r.Outcome != RunOutcome.Completed))
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{run.Strategy}: {run.FailureDetail}[/]");
        }

        ShowServing(results);
        foreach (var run in results.Runs)
        {
            var notFitting = run.Documents.Where(d => d.Outcome == DocumentOutcome.DoesNotFit).ToList();
            foreach (var document in notFitting)
            {
                AnsiConsole.MarkupLineInterpolated($"[grey]{run.Strategy}: {document.Id} does not fit: {document.Detail}[/]");
            }
        }
    }

    /// <summary>One row per run: speed, quality and memory, as the end of `l2v run` prints them.</summary>
    internal static Table SummaryTable(ResultsFile results)
    {
        var table = new Table().RoundedBorder().Title("[bold]Summary[/]");
        foreach (var column in new[] { "strategy", "outcome", "docs/s", "ok / docs", "ROUGE-1", "prefill tok/s", "decode tok/s", "TTFT p90", "wall s", "peak RSS" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var run in results.Runs)
        {
            table.AddRow(
                run.Strategy,
                (run.Outcome == RunOutcome.Completed ? "[green]completed[/]" : $"[red]{run.Outcome.ToString().ToLowerInvariant()}[/]")
                    + (run.ResumedDocuments is null ? "" : " [yellow]resumed[/]"),
                Format(run.DocsPerSecond, "0.000"),
                $"{run.CompletedCount} / {run.DocumentCount}",
                ReportFormat.Rouge1(run),
                Format(run.PrefillTokensPerSecond, "0"),
                Format(run.DecodeTokensPerSecond, "0"),
                Format(run.TimeToFirstTokenP90Seconds, "0.000") + " s",
                Format(run.WallSeconds, "0.0"),
                // A worker ended before its totals (Ctrl+C) never reported its peak: unknown, not zero.
                run.PeakRssBytes > 0 ? Format(run.PeakRssBytes / 1048576.0, "0") + " MiB" : "n/a");
        }

        return table;
    }

    /// <summary>Endpoint runs: the load each ran at and the serving figures over wall time, as a serving benchmark reports them.</summary>
    private static void ShowServing(ResultsFile results)
    {
        var serving = results.Runs.Where(r => r.Serving is not null).ToList();
        if (serving.Count == 0)
        {
            return;
        }

        var table = new Table().RoundedBorder().Title("[bold]Serving[/] (rates over wall time; latencies per request, ms)");
        foreach (var column in new[] { "strategy", "concurrency", "rate/s", "req/s", "out tok/s", "TTFT p50/p90/p99", "TPOT p50/p90/p99", "E2E p90", "goodput req/s", "SLO", "token ids" })
        {
            table.AddColumn(new TableColumn(column).RightAligned());
        }

        foreach (var run in serving)
        {
            var s = run.Serving!;
            table.AddRow(
                run.Strategy,
                s.Load.Concurrency.ToString(CultureInfo.InvariantCulture),
                s.Load.RequestRate is { } rate ? Format(rate, "0.###") : "inf",
                Format(s.RequestsPerSecond, "0.000"),
                Format(s.OutputTokensPerSecond, "0.0"),
                Milliseconds(s.TimeToFirstToken),
                Milliseconds(s.TimePerOutputToken),
                Format(s.EndToEnd.P90 * 1000, "0"),
                Format(s.GoodputRequestsPerSecond, "0.000"),
                s.MeetsSlo ? "[green]met[/]" : "[red]missed[/]",
                $"{s.RequestsWithTokenIds} / {s.CompletedRequests}");
        }

        AnsiConsole.Write(table);
        foreach (var run in serving.Where(r => r.Serving!.TokenIdsNotice is not null))
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]{run.Strategy}: {run.Serving!.TokenIdsNotice}[/]");
        }
    }

    private static string Milliseconds(Llama2Validation.Harness.Measurement.Serving.LatencyPercentiles p) =>
        string.Create(CultureInfo.InvariantCulture, $"{p.P50 * 1000:0}/{p.P90 * 1000:0}/{p.P99 * 1000:0}");

    private static SuiteRunner Runner(string output, bool resume, Action<StrategySpec, int> started, Action<StrategySpec, DocumentResult> document) => new()
    {
        OutputFolder = output,
        ResumeFromOutput = resume,
        OnStrategyStarted = started,
        OnEndpointStarted = DescribeEndpoint,
        OnDocument = document,
    };

    /// <summary>The endpoint strategy: the same documents sent to an OpenAI-compatible server, at one load point.</summary>
    private static void DescribeEndpoint(EndpointSpec endpoint)
    {
        var arrivals = endpoint.ArrivesAtRate
            ? string.Create(CultureInfo.InvariantCulture, $"{endpoint.RequestRate} requests/s (Poisson, seed {endpoint.ArrivalSeed})")
            : "all at once";
        Console.WriteLine($"{endpoint.StrategyName} {endpoint.BaseUrl} ({endpoint.Model}): concurrency {endpoint.Concurrency}, {arrivals}");
    }

    private static string Describe(DocumentResult document) => document.Outcome switch
    {
        DocumentOutcome.Ok => string.Create(CultureInfo.InvariantCulture, $"{document.Id}: {document.PromptTokens} prompt + {document.OutputTokens} new tokens, TTFT {document.TimeToFirstTokenSeconds:0.000} s"),
        _ => $"{document.Id}: {document.Outcome.ToString().ToLowerInvariant()} ({document.Detail})",
    };

    private static string Format(double value, string format) => value.ToString(format, CultureInfo.InvariantCulture);
}
