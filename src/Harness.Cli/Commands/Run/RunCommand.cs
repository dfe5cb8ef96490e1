using System.Runtime.InteropServices;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Hardware.Probes;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Measurement.Serving;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Reports;
using Llama2Validation.Harness.Reports.Exporters;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Endpoint;
using Llama2Validation.Harness.Strategies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Run;

/// <summary>
/// `l2v run`: the strategies over a dataset, each in a worker process. With no options, the embedded
/// default: the generated tiny model, the sample corpus, all five strategies, results and a report
/// under artifacts/.
/// </summary>
internal sealed class RunCommand : AsyncCommand<RunSettings>
{
    /// <summary>Ctrl+C (SIGINT): finished documents are on disk and the run can be resumed with --resume.</summary>
    public const int CancelledExitCode = 130;

    /// <summary>SIGTERM (a CI job's timeout, `kill`): cancelled the same way, with the shell's code for it.</summary>
    public const int TerminatedExitCode = 143;

    public override async Task<int> ExecuteAsync(CommandContext context, RunSettings settings, CancellationToken cancellationToken)
    {
        // SIGTERM too: left to the runtime it ends l2v at once, and the worker, orphaned, runs every
        // remaining document to the end while nothing reads its results.
        using var cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var terminated = false;
        using var interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
        var exitCode = await RunAsync(settings, cancel.Token).ConfigureAwait(false);
        return exitCode == CancelledExitCode && terminated ? TerminatedExitCode : exitCode;

        // The first signal cancels and waits for the finished documents to be written; a second one ends
        // l2v at once, so a run stuck where cancellation cannot reach (a read that blocks) can still be stopped.
        void Stop(PosixSignalContext signal)
        {
            if (cancel.IsCancellationRequested)
            {
                return;
            }

            signal.Cancel = true;
            terminated |= signal.Signal == PosixSignal.SIGTERM;
            cancel.Cancel();
        }
    }

    private static async Task<int> RunAsync(RunSettings settings, CancellationToken cancellationToken)
    {
        var layout = RepositoryLayout.Current;
        var dataset = await DatasetCatalog.PrepareAsync(DatasetRequestFor(settings), layout, cancellationToken).ConfigureAwait(false);
        var examples = settings.Limit is { } limit ? dataset.Examples.Take(limit).ToList() : dataset.Examples;
        if (examples.Count == 0)
        {
            RunConsole.ShowDataset(dataset);
            return CliErrors.BadInput("no documents to run");
        }

        var overrides = new StrategyOverrides
        {
            Threads = settings.Threads,
            ContextPerSequence = settings.Context,
            ParallelSequences = settings.Parallel,
            BatchSize = settings.Batch,
            MicroBatchSize = settings.MicroBatch,
            KvCache = settings.ParsedKvCache(),
            ForceNewTokens = settings.ForceNewTokens,
            Weights = settings.ParsedWeights(),
            Overflow = settings.OverflowShape(),
        };
        // The embedded default runs exactly as the CPU gate does (one thread, batched with 4 sequences, on
        // the CPU), so `l2v check` compares its results with the CPU baselines instead of calling them regressions.
        var embedded = settings.RunsEmbeddedDefault;
        var once = settings.CatalogStrategies().Select(n => StrategyCatalog.Find(n)!).Select(spec => overrides.Apply(embedded ? StrategyCatalog.OnCpuGate(spec) : spec)).ToList();

        // Interleaved (a, b, a, b), so a slow spell of the machine does not land on one strategy's repeats.
        var strategies = Enumerable.Range(0, settings.Repeat).SelectMany(_ => once).ToList();
        var output = settings.Out ?? Path.Combine(layout.ArtifactsFolder, $"run-{DateTime.Now:yyyyMMdd-HHmmss}");
        var models = new ModelSources { F16 = settings.Model, Q8 = settings.ModelQ8, Q4 = settings.ModelQ4, Preset = settings.Preset };
        var plan = new RunPlan
        {
            Strategies = strategies,
            Examples = examples,
            DatasetName = dataset.Name,
            DatasetHash = DatasetHash.Compute(examples),
            ModelFor = models.Resolver(),
            Host = embedded ? HostFacts.From(HardwareDetector.Detect()) with { HardwareClass = nameof(Llama2Validation.Harness.Hardware.HardwareClass.CPU) } : HostFacts.From(HardwareDetector.Detect()),
            GpuLayers = embedded ? 0 : 999,
            NativeLibraryPath = settings.NativeLibrary ?? System.Environment.GetEnvironmentVariable(Llama2Validation.Harness.Native.NativeLibrarySetting.Variable),
            // One run per load point (a sweep when there are several), after the in-process strategies.
            Endpoints = settings.RunsEndpoint
                ? EndpointSweep.Points(EndpointSpecFor(settings), settings.ConcurrencyPoints(), settings.RatePoints(), examples.Count)
                : [],
        };

        if (settings.Resume && ResumeRefusal(output, plan) is { } refusal)
        {
            return CliErrors.BadInput(refusal);
        }

        // Before any native code: past these limits llama.cpp aborts, or the machine runs out of memory.
        if (SuiteRunner.LimitProblems(plan) is { Count: > 0 } limits)
        {
            return CliErrors.BadInput(string.Join("; ", limits));
        }

        Directory.CreateDirectory(output);
        using var folderLock = OutputFolderLock.TryTake(output);
        if (folderLock is null)
        {
            return CliErrors.BadInput($"--out: another l2v run is writing into '{output}'; wait for it, or pass another folder");
        }

        RunConsole.ShowDataset(dataset);
        if (!settings.Resume)
        {
            // A fresh run (--force, or a folder without results): nothing in it may describe another run.
            File.Delete(Path.Combine(output, ResultsStore.FileName));
            new ResultsJournal(output).Clear();
            ReportWriter.Remove(output);
        }

        if (settings.Context is { } asked && ContextCells.Padded(asked) != asked)
        {
            AnsiConsole.MarkupLineInterpolated($"[yellow]--context {asked} is rounded up to {ContextCells.Padded(asked)} cells: llama.cpp pads each sequence's context to a multiple of {ContextCells.Padding}.[/]");
        }

        AnsiConsole.MarkupLineInterpolated($"[grey]{plan.Host.HardwareClass}: {plan.Host.Description} · {examples.Count} documents · {strategies.Count} strategies → {output}[/]");
        var results = await RunConsole.RunWithProgressAsync(plan, output, settings.Resume, cancellationToken).ConfigureAwait(false);
        RunConsole.ShowSummary(results);
        var resultsPath = Path.Combine(output, ResultsStore.FileName);
        AnsiConsole.MarkupLineInterpolated($"Results: [link]{resultsPath}[/]");
        if (!settings.NoReport && results.Runs.Count > 0)
        {
            // From the results in memory: they are what results.json holds, without reading it back.
            var written = ReportWriter.Write(ReportBuilder.Build([new LoadedResultsFile(resultsPath, results)], DateTimeOffset.UtcNow), output);
            AnsiConsole.MarkupLineInterpolated($"Report: [link]{written.First(p => p.EndsWith(".html", StringComparison.Ordinal))}[/] (and report.md, {written.Count(p => p.EndsWith(".png", StringComparison.Ordinal))} charts)");
        }

        if (cancellationToken.IsCancellationRequested)
        {
            AnsiConsole.MarkupLine("[yellow]Cancelled.[/] Finished documents are kept; run again with the same options and [bold]--resume --out[/] the same folder to continue, or with [bold]--force[/] to start clean.");
            return CancelledExitCode;
        }

        var nothingDone = results.Runs.Where(r => r is { Outcome: RunOutcome.Completed, CompletedCount: 0 }).ToList();
        foreach (var run in nothingDone)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{run.Strategy}: no document completed (of {run.DocumentCount}); a run that completes nothing is a failure.[/]");
        }

        return results.Runs.All(r => r.Outcome == RunOutcome.Completed) && nothingDone.Count == 0 ? 0 : 1;
    }

    /// <summary>Why this invocation may not continue the run in <paramref name="output"/>; null when it may.</summary>
    private static string? ResumeRefusal(string output, RunPlan plan)
    {
        var differences = RunResumption.ConfigurationDifferences(
            RunResumption.Previous(output), [.. plan.Strategies, .. plan.Endpoints.Select(e => e.Strategy)], plan.DatasetHash);
        return differences.Count == 0
            ? null
            : $"--resume: {output} holds a run under other options ({string.Join("; ", differences)}); pass the options it ran with, or --force to start again";
    }

    private static EndpointSpec EndpointSpecFor(RunSettings settings)
    {
        var defaults = new EndpointSpec { BaseUrl = new Uri(settings.Endpoint!), Model = settings.EndpointModel! };
        return defaults with
        {
            KeyVariable = settings.EndpointKeyVariable ?? defaults.KeyVariable,
            Api = settings.ParsedEndpointApi() ?? defaults.Api,
            RequestTimeout = settings.EndpointTimeout is { } seconds ? TimeSpan.FromSeconds(seconds) : defaults.RequestTimeout,
            MaxRetries = settings.EndpointRetries ?? defaults.MaxRetries,
            ForceNewTokens = settings.ForceNewTokens,
            ArrivalSeed = settings.Seed ?? defaults.ArrivalSeed,
            Slo = new ServingSlo
            {
                TimeToFirstTokenSeconds = (settings.SloTimeToFirstTokenMs ?? defaults.Slo.TimeToFirstTokenSeconds * 1000) / 1000,
                TimePerOutputTokenSeconds = (settings.SloTimePerOutputTokenMs ?? defaults.Slo.TimePerOutputTokenSeconds * 1000) / 1000,
            },
            VocabularySize = settings.EndpointVocabulary,
            RequestTokenIds = !settings.EndpointNoTokenIds,
            RequestLogprobs = settings.EndpointLogprobs,
        };
    }

    private static DatasetRequest DatasetRequestFor(RunSettings settings)
    {
        var uniform = settings.UniformShape();
        return new DatasetRequest
        {
            Dataset = settings.Dataset,
            ManifestPath = settings.Sample,
            DocumentTokensPath = settings.DocumentTokens,
            UniformCount = uniform?.Count ?? SyntheticWorkloads.UniformDefaultCount,
            UniformPromptTokens = uniform?.Tokens ?? SyntheticWorkloads.UniformDefaultPromptTokens,
        };
    }
}
