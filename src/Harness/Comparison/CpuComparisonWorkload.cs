using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// What a CPU comparison runs per side and run: the speed ratios' workload (the micro model, 64-token
/// prompts, 128 forced new tokens, the CPU gate's spec), a few documents, so a run is about a second of
/// generation after a worker start and model load.
/// </summary>
public static class CpuComparisonWorkload
{
    public const int DefaultDocuments = 8;

    /// <summary>The speed cases compared by default: one sequence at a time, and the batched loop.</summary>
    public static IReadOnlyList<string> DefaultStrategies { get; } = ["default", "batched"];

    public static ComparisonRequest For(string strategy, string baseWorker, string? headWorker, int documents, int pairs, double delta)
    {
        var catalog = StrategyCatalog.Find(strategy) ?? throw new ArgumentException($"unknown strategy '{strategy}'", nameof(strategy));
        var spec = StrategyCatalog.OnCpuGate(catalog) with { ForceNewTokens = CpuSpeedRatios.NewTokens };
        var model = CpuSpeedRatios.Models()(spec.Weights);
        IReadOnlyList<Example> examples = SyntheticWorkloads.Uniform(documents, 64);
        return new ComparisonRequest
        {
            Spec = spec,
            ModelPath = model.Path,
            Examples = examples,
            BaseWorker = baseWorker,
            HeadWorker = headWorker,
            Pairs = pairs,
            Delta = delta,
            GpuLayers = 0,
        };
    }
}
