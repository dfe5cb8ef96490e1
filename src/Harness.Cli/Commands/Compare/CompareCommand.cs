using System.Globalization;
using System.Text.Json;
using Llama2Validation.Harness.Comparison;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Compare;

/// <summary>
/// `l2v compare`: the relative gate on the CPU. Each speed case runs in the base build's worker and this
/// build's (or --head's), alternately, and is judged by the paired ratio head/base with its confidence
/// bound, plus the greedy outputs document by document. Exit 0 when every case passed, 1 otherwise.
/// </summary>
internal sealed class CompareCommand : AsyncCommand<CompareSettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, CompareSettings settings, CancellationToken cancellationToken)
    {
        var baseWorker = BaseBuild.WorkerIn(settings.Base ?? BaseBuild.ConfiguredFolder()!);
        var headWorker = settings.Head is null ? null : BaseBuild.WorkerIn(settings.Head);
        var strategies = settings.Strategies.Length > 0 ? settings.Strategies : CpuComparisonWorkload.DefaultStrategies;
        var results = new List<ComparisonResult>();
        foreach (var strategy in strategies)
        {
            var request = CpuComparisonWorkload.For(strategy, baseWorker, headWorker, settings.Documents, settings.MaximumPairs, settings.Delta) with
            {
                Test = new SequentialTest { MinimumPairs = settings.MinimumPairs },
                RunsPerSide = settings.BestOf,
            };
            var runner = new ComparisonRunner
            {
                OnRun = (pair, run) => AnsiConsole.WriteLine(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{strategy} pair {pair} {run.Side,-4}: {run.DocsPerSecond:0.00} docs/s, decode {1e3 * run.DecodeSecondsPerToken:0.000} ms/token, TTFT {1e3 * run.TimeToFirstTokenSeconds:0.00} ms")),
            };
            var result = await runner.RunAsync(request, new RunMetadata { HardwareClass = "CPU" }, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            AnsiConsole.WriteLine(result.Describe());
        }

        if (settings.Json is not null)
        {
            var summary = results.Select(r => new
            {
                r.Strategy,
                r.Passed,
                r.Failure,
                Figures = r.Figures.Select(f => new { f.Figure, f.Ratios, f.Estimate, f.Lower, f.Upper, Verdict = f.Verdict.ToString(), f.PairsToDecide }),
                Outputs = r.Outputs?.ToString(),
                Runs = r.Runs.Select(run => new
                {
                    Side = run.Side.ToString(),
                    run.DocsPerSecond,
                    run.DecodeSecondsPerToken,
                    run.TimeToFirstTokenSeconds,
                    run.CpuSecondsPerDocument,
                    run.OwnCoreDocsPerSecond,
                    Documents = run.Run.Documents.Select(d => new { d.Id, d.DecodeSeconds, d.OutputTokens, d.TimeToFirstTokenSeconds }),
                }),
            });
            await File.WriteAllTextAsync(settings.Json, JsonSerializer.Serialize(summary, HarnessJson.Options), cancellationToken).ConfigureAwait(false);
        }

        var passed = results.All(r => r.Passed);
        AnsiConsole.WriteLine(passed ? "compare: pass" : "compare: FAIL");
        return passed ? 0 : 1;
    }
}
