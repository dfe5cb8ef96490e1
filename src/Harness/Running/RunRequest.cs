using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running;

/// <summary>Everything a worker process needs to run one strategy; written to a file the worker reads.</summary>
public sealed record RunRequest
{
    public required StrategySpec Spec { get; init; }

    /// <summary>The GGUF file of the spec's weight type (already derived or generated).</summary>
    public required string ModelPath { get; init; }

    public required IReadOnlyList<Example> Examples { get; init; }

    /// <summary>A custom libllama.so (a CUDA build, say); null means the packaged CPU backend.</summary>
    public string? NativeLibraryPath { get; init; }

    /// <summary>Layers offloaded to the GPU; all of them by default (the CPU backend ignores it).</summary>
    public int GpuLayers { get; init; } = 999;

}
