using Llama2Validation.Harness;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Hardware.Gating;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Cache;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Shared;

/// <summary>
/// Runs a matrix case's strategy once per test invocation and hands the same result to every test and
/// every test assembly that asks (run once, assert many): the run cache keys it, and its lock makes the
/// three assemblies, which dotnet test starts in parallel, wait for one run instead of making three.
/// </summary>
public static class SuiteRuns
{
    /// <summary>Sequences the batched strategy decodes together on the CPU class.</summary>
    public const int CpuParallelSequences = 4;

    private static readonly Lazy<Task<PreparedDataset>> CpuDataset = new(() =>
        DatasetCatalog.PrepareAsync(new DatasetRequest { Dataset = DatasetCatalog.Sample }, RepositoryLayout.Current));

    private static readonly Lazy<Task<PreparedDataset>> ConfiguredDataset = new(() =>
        DatasetCatalog.PrepareAsync(
            new DatasetRequest { Dataset = SuiteContext.Configuration.Dataset ?? DatasetCatalog.Sample, ManifestPath = SuiteContext.Configuration.Sample },
            RepositoryLayout.Current));

    private static readonly Func<WeightType, ModelChoice> TinyModels = new ModelSources().Resolver();

    public static RunCache Cache { get; } = new(Path.Combine(RepositoryLayout.Current.CacheFolder, "runs"));

    /// <summary>
    /// The CPU class runs one llama.cpp thread per worker: greedy outputs are then the same bits on every
    /// x86-64 machine (with the AVX2 pin), and a timed run never fights a concurrent one for two cores.
    /// </summary>
    public static StrategySpec CpuSpec(StrategySpec spec) => spec with
    {
        Threads = 1,
        ParallelSequences = spec.Kind == StrategyKind.Batched ? CpuParallelSequences : spec.ParallelSequences,
    };

    public static StrategySpec SpecFor(HardwareTarget target, StrategySpec spec) => target.RunsAnywhere ? CpuSpec(spec) : spec;

    public static async Task<RunResult> RunAsync(HardwareTarget target, StrategySpec spec, CancellationToken cancellationToken)
    {
        var plan = await PlanAsync(target, [spec]).ConfigureAwait(false);
        return await new SuiteRunner { Cache = Cache }.RunOneAsync(plan, SpecFor(target, spec), cancellationToken).ConfigureAwait(false);
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

    private static async Task<RunPlan> PlanAsync(HardwareTarget target, IReadOnlyList<StrategySpec> strategies)
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
