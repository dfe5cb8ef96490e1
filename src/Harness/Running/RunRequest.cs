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

    /// <summary>
    /// Test-only: the worker calls the C library's abort() after this many documents, so tests
    /// exercise a real native abort even once input validation catches malformed files earlier.
    /// </summary>
    public int? AbortAfterDocuments { get; init; }

    /// <summary>Test-only: the worker asks llama.cpp for a context this large (cells), to force an allocation failure.</summary>
    public long? ForceContextCells { get; init; }
}
