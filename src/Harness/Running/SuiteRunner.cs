using System.Runtime.InteropServices;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running;

/// <summary>
/// Runs each strategy of a plan in its own worker process, one after the other (they would only
/// fight over one GPU or two cores), optionally through the run cache, and reports as it goes.
/// </summary>
public sealed class SuiteRunner
{
    public Action<StrategySpec, int>? OnStrategyStarted { get; init; }

    public Action<StrategySpec, DocumentResult>? OnDocument { get; init; }

    /// <summary>Each run this runner finished (with a cache, only the runs it executed, not those it reused).</summary>
    public Action<RunResult>? OnStrategyFinished { get; init; }

    public Action<StrategySpec, string>? OnNativeLog { get; init; }

    /// <summary>When set, each <see cref="RunIdentity"/> runs once and is reused.</summary>
    public IRunCache? Cache { get; init; }

    /// <summary>
    /// When set, results.json there is rewritten after every document (the run in progress as cancelled),
    /// and with <see cref="ResumeFromOutput"/> an interrupted invocation there is picked up.
    /// </summary>
    public string? OutputFolder { get; init; }

    public bool ResumeFromOutput { get; init; }

    public async Task<ResultsFile> RunAsync(RunPlan plan, CancellationToken cancellationToken)
    {
        var previous = ResumeFromOutput && OutputFolder is not null ? ResultsStore.Previous(OutputFolder) : [];
        var runs = new List<RunResult>();
        foreach (var spec in plan.Strategies)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (RunResumption.CompletedRun(previous, spec, plan.DatasetHash) is { } done)
            {
                runs.Add(done);
                OnStrategyFinished?.Invoke(done);
                continue;
            }

            var earlier = RunResumption.FinishedDocuments(previous, spec, plan.DatasetHash);
            var remaining = plan with { Examples = RunResumption.Remaining(plan.Examples, earlier) };
            var model = plan.ModelFor(spec.Weights);
            var metadata = Metadata(plan, model);
            var inProgress = new List<DocumentResult>(earlier);
            OnStrategyStarted?.Invoke(spec, remaining.Examples.Count);
            var result = await RunOneAsync(remaining, spec, model, metadata, document => Persist(runs, spec, metadata, inProgress, document), cancellationToken).ConfigureAwait(false);
            result = RunResumption.Merge(result, earlier, plan.Examples.Count);
            runs.Add(result);
            Save(runs);
            OnStrategyFinished?.Invoke(result);
        }

        return new ResultsFile { Runs = runs };
    }

    /// <summary>One strategy, through the cache when one is set (what the test theories call).</summary>
    public Task<RunResult> RunOneAsync(RunPlan plan, StrategySpec spec, CancellationToken cancellationToken)
    {
        var model = plan.ModelFor(spec.Weights);
        return RunOneAsync(plan, spec, model, Metadata(plan, model), document => OnDocument?.Invoke(spec, document), cancellationToken);
    }

    private Task<RunResult> RunOneAsync(RunPlan plan, StrategySpec spec, ModelChoice model, RunMetadata metadata, Action<DocumentResult> onDocument, CancellationToken cancellationToken)
    {
        var request = new RunRequest
        {
            Spec = spec,
            ModelPath = model.Path,
            Examples = spec.Documents is { } documents ? [.. plan.Examples.Take(documents)] : plan.Examples,
            NativeLibraryPath = plan.NativeLibraryPath,
            GpuLayers = plan.GpuLayers,
        };
        var host = new WorkerHost
        {
            OnDocument = onDocument,
            OnNativeLog = OnNativeLog is null ? null : line => OnNativeLog(spec, line),
        };

        if (Cache is null)
        {
            return host.RunAsync(request, metadata, cancellationToken);
        }

        var identity = new RunIdentity(spec, model.Sha256, plan.DatasetHash, plan.Host.Fingerprint, $"{HarnessInfo.Commit}/{HarnessInfo.LlamaSharpVersion}");
        return Cache.GetOrRunAsync(
            identity,
            async token =>
            {
                var run = await host.RunAsync(request, metadata, token).ConfigureAwait(false);
                OnStrategyFinished?.Invoke(run);
                return run;
            },
            cancellationToken);
    }

    private void Persist(List<RunResult> finishedRuns, StrategySpec spec, RunMetadata metadata, List<DocumentResult> inProgress, DocumentResult document)
    {
        OnDocument?.Invoke(spec, document);
        if (OutputFolder is null)
        {
            return;
        }

        lock (inProgress)
        {
            inProgress.Add(document);
            var partial = new RunResult
            {
                Strategy = spec.Name,
                Spec = spec,
                Outcome = RunOutcome.Cancelled,
                FailureDetail = "in progress or interrupted: the documents finished so far",
                DocumentCount = inProgress.Count,
                CompletedCount = inProgress.Count(d => d.Outcome == DocumentOutcome.Ok),
                Metadata = metadata,
                Documents = [.. inProgress],
            };
            Save([.. finishedRuns, partial]);
        }
    }

    private void Save(IReadOnlyList<RunResult> runs)
    {
        if (OutputFolder is not null)
        {
            ResultsStore.Write(OutputFolder, new ResultsFile { Runs = runs });
        }
    }

    private static RunMetadata Metadata(RunPlan plan, ModelChoice model) => new()
    {
        HardwareClass = plan.Host.HardwareClass,
        HardwareFingerprint = plan.Host.Fingerprint,
        HardwareDescription = plan.Host.Description,
        GpuDriver = plan.Host.GpuDriver,
        Os = RuntimeInformation.OSDescription,
        DotnetVersion = System.Environment.Version.ToString(),
        LlamaSharpVersion = HarnessInfo.LlamaSharpVersion,
        NativeLibraryPath = plan.NativeLibraryPath,
        ModelPath = model.Path,
        ModelSha256 = model.Sha256,
        ModelProfile = model.Profile,
        ModelSynthetic = model.Synthetic,
        DatasetHash = plan.DatasetHash,
        DatasetName = plan.DatasetName,
        HarnessCommit = HarnessInfo.Commit,
        StartedAt = DateTimeOffset.UtcNow,
    };
}
