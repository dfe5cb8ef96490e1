using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// What a CPU comparison runs per side and run: the speed ratios' workload (the micro model, 64-token
/// prompts, 128 forced new tokens, the CPU gate's spec), 32 documents: a run of 8 (under a second of
/// generation) let a neighbour's turns move one pair's ratio by ±20%, 32 by ±8–9% (log standard deviation,
/// docs/gate-sensitivity.md#the-relative-gate), and a longer run costs less than another worker start.
/// </summary>
public static class CpuComparisonWorkload
{
    public const int DefaultDocuments = 32;

    /// <summary>The speed cases compared by default: one sequence at a time, and the batched loop.</summary>
    public static IReadOnlyList<string> DefaultStrategies { get; } = ["default", "batched"];

    public static ComparisonRequest For(string strategy, string baseWorker, string? headWorker, int documents, int maximumPairs, double delta)
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
            MaximumPairs = maximumPairs,
            Delta = delta,
            GpuLayers = 0,
        };
    }
}
