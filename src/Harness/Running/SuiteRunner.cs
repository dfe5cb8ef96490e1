using System.Runtime.InteropServices;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running.Cache;
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

    public Action<RunResult>? OnStrategyFinished { get; init; }

    public Action<StrategySpec, string>? OnNativeLog { get; init; }

    /// <summary>When set, each (spec, model, dataset, hardware, harness, session) runs once and is reused.</summary>
    public RunCache? Cache { get; init; }

    public async Task<ResultsFile> RunAsync(RunPlan plan, CancellationToken cancellationToken)
    {
        var runs = new List<RunResult>();
        foreach (var spec in plan.Strategies)
        {
            if (cancellationToken.IsCancellationRequested)
            {
                break;
            }

            OnStrategyStarted?.Invoke(spec, plan.Examples.Count);
            var result = await RunOneAsync(plan, spec, cancellationToken).ConfigureAwait(false);
            runs.Add(result);
            OnStrategyFinished?.Invoke(result);
        }

        return new ResultsFile { Runs = runs };
    }

    public Task<RunResult> RunOneAsync(RunPlan plan, StrategySpec spec, CancellationToken cancellationToken)
    {
        var model = plan.ModelFor(spec.Weights);
        var request = new RunRequest
        {
            Spec = spec,
            ModelPath = model.Path,
            Examples = plan.Examples,
            NativeLibraryPath = plan.NativeLibraryPath,
        };
        var metadata = Metadata(plan, model);
        var host = new WorkerHost
        {
            OnDocument = OnDocument is null ? null : document => OnDocument(spec, document),
            OnNativeLog = OnNativeLog is null ? null : line => OnNativeLog(spec, line),
        };

        if (Cache is null)
        {
            return host.RunAsync(request, metadata, cancellationToken);
        }

        var key = new RunKey(spec, model.Sha256, plan.DatasetHash, plan.Host.Fingerprint, $"{HarnessInfo.Commit}/{HarnessInfo.LlamaSharpVersion}", TestSession.Current);
        return Cache.GetOrRunAsync(key, token => host.RunAsync(request, metadata, token), cancellationToken);
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
