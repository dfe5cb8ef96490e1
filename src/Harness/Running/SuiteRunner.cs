using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Running.Endpoint;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running;

/// <summary>
/// The one run service: `l2v run`, the test suites and the endpoint strategy all run a plan through it.
/// Each in-process strategy runs in its own worker process, one after the other (they would only fight
/// over one GPU or two cores), optionally through a run cache; then the endpoint's load points. Results
/// stay in memory; with an output folder, each finished document is appended to the journal and
/// results.json is written as each run ends.
/// </summary>
public sealed class SuiteRunner
{
    public Action<StrategySpec, int>? OnStrategyStarted { get; init; }

    /// <summary>Before an endpoint load point starts (after <see cref="OnStrategyStarted"/>), for what only it has: URL, load.</summary>
    public Action<EndpointSpec>? OnEndpointStarted { get; init; }

    public Action<StrategySpec, DocumentResult>? OnDocument { get; init; }

    /// <summary>Each run this runner finished (with a cache, only the runs it executed, not those it reused).</summary>
    public Action<RunResult>? OnStrategyFinished { get; init; }

    public Action<StrategySpec, string>? OnNativeLog { get; init; }

    /// <summary>When set, each <see cref="RunIdentity"/> runs once and is reused.</summary>
    public IRunCache? Cache { get; init; }

    /// <summary>
    /// When set, finished documents are journalled there as they come and results.json is written as each
    /// run ends; with <see cref="ResumeFromOutput"/> an interrupted invocation there is picked up.
    /// </summary>
    public string? OutputFolder { get; init; }

    public bool ResumeFromOutput { get; init; }

    public async Task<ResultsFile> RunAsync(RunPlan plan, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (LimitProblems(plan) is { Count: > 0 } problems)
        {
            throw new RunRefusedException(problems);
        }

        var journal = OutputFolder is null ? null : new ResultsJournal(OutputFolder);
        var previous = ResumeFromOutput && OutputFolder is not null ? RunResumption.Previous(OutputFolder) : [];
        var runs = new List<RunResult>();
        foreach (var spec in plan.Strategies)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            if (RunResumption.CompletedRun(previous, spec, plan.DatasetHash) is { } done)
            {
                Finish(runs, done, journal);
                continue;
            }

            var own = ForStrategy(plan, spec);
            var earlier = RunResumption.FinishedDocuments(previous, spec, plan.DatasetHash);
            var remaining = own with { Examples = RunResumption.Remaining(own.Examples, earlier) };
            var model = plan.ModelFor(spec.Weights);
            var metadata = plan.MetadataFor(model);
            journal?.Begin(spec, metadata, earlier);
            OnStrategyStarted?.Invoke(spec, remaining.Examples.Count);
            var result = await RunOneAsync(remaining, spec, model, metadata, document => Record(spec, document, journal), cancellationToken).ConfigureAwait(false);
            Finish(runs, RunResumption.Merge(result, earlier, own.Examples.Count), journal);
        }

        foreach (var endpoint in plan.Endpoints)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            await RunEndpointAsync(plan, endpoint, previous, runs, journal, cancellationToken).ConfigureAwait(false);
        }

        return new ResultsFile { Runs = runs };
    }

    /// <summary>Every strategy's configuration against <see cref="RunLimits"/>, before the first worker starts.</summary>
    public static IReadOnlyList<string> LimitProblems(RunPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var host = Memory.HostMemory.Current();
        var onCpu = plan.GpuLayers == 0 || plan.Host.HardwareClass == nameof(Hardware.HardwareClass.CPU);
        return [.. plan.Strategies.Distinct().SelectMany(spec => RunLimits.Problems(spec, plan.ModelFor(spec.Weights).Path, host, onCpu)).Distinct()];
    }

    /// <summary>One strategy, through the cache when one is set (what the test theories call).</summary>
    public Task<RunResult> RunOneAsync(RunPlan plan, StrategySpec spec, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var model = plan.ModelFor(spec.Weights);
        return RunOneAsync(ForStrategy(plan, spec), spec, model, plan.MetadataFor(model), document => OnDocument?.Invoke(spec, document), cancellationToken);
    }

    /// <summary>The plan as one strategy runs it: only the dataset's first documents when its spec says so.</summary>
    private static RunPlan ForStrategy(RunPlan plan, StrategySpec spec) =>
        spec.Documents is { } documents && documents < plan.Examples.Count ? plan with { Examples = [.. plan.Examples.Take(documents)] } : plan;

    private Task<RunResult> RunOneAsync(RunPlan plan, StrategySpec spec, ModelChoice model, RunMetadata metadata, Action<DocumentResult> onDocument, CancellationToken cancellationToken)
    {
        var request = new RunRequest
        {
            Spec = spec,
            ModelPath = model.Path,
            Examples = plan.Examples,
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

    /// <summary>
    /// One endpoint load point over the whole dataset (its serving figures describe one uninterrupted
    /// load, so an interrupted point runs again in full; a completed one is reused on resume).
    /// </summary>
    private async Task RunEndpointAsync(RunPlan plan, EndpointSpec endpoint, IReadOnlyList<RunResult> previous, List<RunResult> runs, ResultsJournal? journal, CancellationToken cancellationToken)
    {
        var spec = endpoint.Strategy;
        if (RunResumption.CompletedRun(previous, spec, plan.DatasetHash) is { } done)
        {
            Finish(runs, done, journal);
            return;
        }

        var metadata = plan.MetadataFor(model: null);
        journal?.Begin(spec, metadata, []);
        OnStrategyStarted?.Invoke(spec, plan.Examples.Count);
        OnEndpointStarted?.Invoke(endpoint);
        var result = await EndpointRunner.RunAsync(endpoint, plan.Examples, metadata, document => Record(spec, document, journal), cancellationToken).ConfigureAwait(false);
        Finish(runs, result, journal);
    }

    private void Record(StrategySpec spec, DocumentResult document, ResultsJournal? journal)
    {
        OnDocument?.Invoke(spec, document);
        journal?.Append(document);
    }

    private void Finish(List<RunResult> runs, RunResult run, ResultsJournal? journal)
    {
        runs.Add(run);
        if (OutputFolder is not null)
        {
            ResultsStore.Write(OutputFolder, new ResultsFile { Runs = runs });
            journal!.Clear();
        }

        OnStrategyFinished?.Invoke(run);
    }
}
