using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Comparison;

/// <summary>One speed case judged head against base: the same spec, model and documents through both builds' workers.</summary>
public sealed record ComparisonRequest
{
    public required StrategySpec Spec { get; init; }

    public required string ModelPath { get; init; }

    public required IReadOnlyList<Example> Examples { get; init; }

    /// <summary>The base build's worker program (<see cref="BaseBuild.WorkerIn"/>).</summary>
    public required string BaseWorker { get; init; }

    /// <summary>The head build's worker program; null: the worker beside this assembly (the build under test).</summary>
    public string? HeadWorker { get; init; }

    /// <summary>The most pairs of runs (base and head alternating ABBA…, each run a fresh worker); fewer when the test decides sooner.</summary>
    public int MaximumPairs { get; init; } = ComparisonDefaults.CpuMaximumPairs;

    /// <summary>Runs of each side per pair, of which the fastest counts (<see cref="SideFigures.Fastest"/>).</summary>
    public int RunsPerSide { get; init; } = ComparisonDefaults.CpuRunsPerSide;

    /// <summary>The smallest slowdown the verdict is built to catch (<see cref="SequentialTest"/>).</summary>
    public double Delta { get; init; } = ComparisonDefaults.CpuDelta;

    /// <summary>The sequential test that decides after each pair.</summary>
    public SequentialTest Test { get; init; } = new();

    /// <summary>A custom libllama.so for the head (a CUDA build); null: the worker's packaged backend.</summary>
    public string? NativeLibraryPath { get; init; }

    /// <summary>The base build's own libllama.so where it ships one; null: the base worker's packaged backend.</summary>
    public string? BaseNativeLibraryPath { get; init; }

    public int GpuLayers { get; init; }
}
