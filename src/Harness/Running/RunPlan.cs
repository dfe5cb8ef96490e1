using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running;

/// <summary>Several strategies over one dataset on one machine: what `l2v run` and the test fixtures execute.</summary>
public sealed record RunPlan
{
    public required IReadOnlyList<StrategySpec> Strategies { get; init; }

    public required IReadOnlyList<Example> Examples { get; init; }

    public required string DatasetName { get; init; }

    public required string DatasetHash { get; init; }

    /// <summary>The GGUF file for each weight type (generated, given, or derived from the F16 file).</summary>
    public required Func<WeightType, ModelChoice> ModelFor { get; init; }

    public required HostFacts Host { get; init; }

    public string? NativeLibraryPath { get; init; }

    /// <summary>Layers offloaded to a GPU; 0 keeps the CPU class's cases on the CPU even on a GPU machine.</summary>
    public int GpuLayers { get; init; } = 999;
}
