using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Approval.Paths;
using Llama2Validation.Harness.Baselines.Identity;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// Runs a matrix case's strategy once per test invocation and hands the same result to every test and
/// every test assembly that asks (run once, assert many): the run cache keys it, and its lock makes the
/// three assemblies, which dotnet test starts in parallel, wait for one run instead of making three.
/// </summary>
public static class SuiteRuns
{
    private static readonly Lazy<Task<PreparedDataset>> CpuDataset = new(() =>
        DatasetCatalog.PrepareAsync(new DatasetRequest { Dataset = DatasetCatalog.Sample }, RepositoryLayout.Current));

    private static readonly Lazy<Task<PreparedDataset>> ConfiguredDataset = new(() =>
        DatasetCatalog.PrepareAsync(
            new DatasetRequest { Dataset = SuiteContext.Configuration.Dataset ?? DatasetCatalog.Sample, ManifestPath = SuiteContext.Configuration.Sample },
            RepositoryLayout.Current));

    private static readonly Func<WeightType, ModelChoice> TinyModels = new ModelSources().Resolver();

    public static RunCache Cache { get; } = new(Path.Combine(RepositoryLayout.Current.CacheFolder, "runs"));

    /// <summary>
    /// What a case runs: the CPU gate's configuration on the CPU class; on a GPU class, what the approved
    /// baseline recorded (parallel count, context, KV type, documents…), so the runner repeats the measured
    /// configuration, or the GPU gate's configuration for that class where no baseline records one yet.
    /// </summary>
    public static StrategySpec SpecFor(HardwareTarget target, StrategySpec spec, string? modelIdentity = null)
    {
        if (target.RunsAnywhere)
        {
            return StrategyCatalog.OnCpuGate(spec);
        }

        var recorded = modelIdentity is null ? null
            : ApprovedBaselines.Store.Find(new RunKey(RunKey.CanonicalClass(target.ToString()), spec.Name, modelIdentity)).Entry?.Configuration;
        return recorded is null ? GpuGateSpecs.For(spec, MemoryClassOf(target)) : RunConfiguration.Replay(spec, recorded);
    }

    /// <summary>The target's own size, or for a class of several sizes (A100) the smallest: a spec that fits it fits both.</summary>
    private static MemoryClass MemoryClassOf(HardwareTarget target) =>
        MemoryClasses.All.Where(c => c.Class == target.Class && (target.GpuMemory is null || c.GpuMemory == target.GpuMemory)).MinBy(c => c.TotalMiB)
            ?? throw new ArgumentException($"no memory class for {target}", nameof(target));

    public static async Task<RunResult> RunAsync(HardwareTarget target, StrategySpec spec, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(target, [spec]).ConfigureAwait(false);
        var identity = target.RunsAnywhere ? null : ApprovedBaselines.Gate.Decide(new GateCase(target, spec)).ModelIdentity;
        return await new SuiteRunner { Cache = Cache, OnStrategyFinished = Keep }.RunOneAsync(plan, SpecFor(target, spec, identity), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Every catalog strategy on one target (cached), for checks that compare strategies of one invocation.</summary>
    public static async Task<IReadOnlyList<RunResult>> RunAllAsync(HardwareTarget target, CancellationToken cancellationToken)
    {
        var runs = new List<RunResult>();
        foreach (var spec in StrategyCatalog.InProcess)
        {
            runs.Add(await RunAsync(target, spec, cancellationToken).ConfigureAwait(false));
        }

        return runs;
    }

    /// <summary>Where the suite leaves what it measured for CI to upload: TestResults/l2v (created on first use).</summary>
    public static string OutputFolder => Directory.CreateDirectory(Path.Combine(RepositoryLayout.Current.Root, "TestResults", "l2v")).FullName;

    /// <summary>
    /// Every run the suite measured, as a results file CI can upload and `l2v report` can merge:
    /// TestResults/l2v/results-&lt;class&gt;-&lt;strategy&gt;.json.
    /// </summary>
    private static void Keep(RunResult run)
    {
        var folder = OutputFolder;
        var name = $"results-{FileNameSanitizer.Sanitize(run.Metadata.HardwareClass)}-{FileNameSanitizer.Sanitize(run.Strategy)}.json";
        ResultsStore.WriteFile(Path.Combine(folder, name), new ResultsFile { Runs = [run] });
    }

    internal static async Task<RunPlan> PlanAsync(HardwareTarget target, IReadOnlyList<StrategySpec> strategies)
    {
        var dataset = await (target.RunsAnywhere ? CpuDataset : ConfiguredDataset).Value.ConfigureAwait(false);
        if (target.RunsAnywhere)
        {
            // Generate and quantise every tiny variant before any run is timed: llama.cpp's quantizer on
            // another core would otherwise slow whichever run happens to be measured meanwhile.
            foreach (var weights in Enum.GetValues<WeightType>())
            {
                TinyModels(weights);
            }
        }

        var configuration = SuiteContext.Configuration;
        return new RunPlan
        {
            Strategies = strategies,
            Examples = dataset.Examples,
            DatasetName = dataset.Name,
            DatasetHash = dataset.Hash,
            Host = HostFacts.From(SuiteContext.Hardware) with { HardwareClass = target.ToString() },
            ModelFor = target.RunsAnywhere
                ? TinyModels
                : new ModelSources { F16 = configuration.ModelF16, Q8 = configuration.ModelQ8, Q4 = configuration.ModelQ4 }.Resolver(),
            NativeLibraryPath = configuration.NativeLibrary,
            // CPU cases stay on the CPU even on a GPU runner, so their baselines mean the same everywhere.
            GpuLayers = target.RunsAnywhere ? 0 : 999,
        };
    }
}
