using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Running.Worker;

/// <summary>
/// One line of the worker's stream to its parent. Documents stream as they finish (per document,
/// never per token), so the boundary costs nothing measurable and a crash loses no finished work.
/// </summary>
public sealed record WorkerMessage
{
    public required WorkerMessageKind Kind { get; init; }

    /// <summary>For <see cref="WorkerMessageKind.Loaded"/>: seconds to load the model and create the context.</summary>
    public double? LoadSeconds { get; init; }

    /// <summary>For <see cref="WorkerMessageKind.Loaded"/>: the native library file LLamaSharp loaded, and its sha256.</summary>
    public string? NativeLibraryPath { get; init; }

    public string? NativeLibrarySha256 { get; init; }

    /// <summary>For <see cref="WorkerMessageKind.Loaded"/>: every llama.cpp library loaded (libllama and each ggml library), with its sha256.</summary>
    public IReadOnlyList<Native.NativeLibraryFile>? NativeLibraries { get; init; }

    /// <summary>For <see cref="WorkerMessageKind.Loaded"/>: true when the libraries are a build other than the packaged one.</summary>
    public bool? NativeLibraryCustom { get; init; }

    /// <summary>For <see cref="WorkerMessageKind.Loaded"/>: the backend that computes (see <see cref="Native.NativeLibraryInfo.Backend"/>).</summary>
    public string? Backend { get; init; }

    /// <summary>For <see cref="WorkerMessageKind.Loaded"/>: what the context really holds, read back after it was created.</summary>
    public ContextSettings? Context { get; init; }

    public DocumentResult? Document { get; init; }

    public GenerationTotals? Totals { get; init; }

    public string? Error { get; init; }

    /// <summary>For <see cref="WorkerMessageKind.Measured"/>: which side ran which group, and what it cost.</summary>
    public GroupTiming? Timing { get; init; }

    public bool OutOfMemory { get; init; }
}
