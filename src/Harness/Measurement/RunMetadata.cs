namespace Llama2Validation.Harness.Measurement;

/// <summary>Provenance of a run: what ran, on what, from which code and data.</summary>
public sealed record RunMetadata
{
    /// <summary>Hardware class name (CPU, T4, L4, A100, H100, H200, Unknown).</summary>
    public string HardwareClass { get; init; } = "Unknown";

    /// <summary>Stable fingerprint of the hardware (GPU/CPU model, memory), part of the run cache key.</summary>
    public string HardwareFingerprint { get; init; } = "";

    /// <summary>Human description: GPU name and memory, or CPU model and cores.</summary>
    public string HardwareDescription { get; init; } = "";

    public string? GpuDriver { get; init; }

    public string Os { get; init; } = "";

    public string DotnetVersion { get; init; } = "";

    public string LlamaSharpVersion { get; init; } = "";

    public string? NativeLibraryPath { get; init; }

    public string? NativeLibrarySha256 { get; init; }

    /// <summary>Every llama.cpp library the run loaded (libllama and each ggml library: base, CPU, CUDA…), with its sha256.</summary>
    public IReadOnlyList<Native.NativeLibraryFile>? NativeLibraries { get; init; }

    /// <summary>One sha256 over every loaded library's name and sha256 (<see cref="Native.NativeLibraryInfo.BuildIdentity"/>): the build, ggml included.</summary>
    public string? NativeBuildIdentity { get; init; }

    /// <summary>True when the run used a variant build (a libllama given by --native-library or LLAMA2VALIDATION_NATIVE_LIB), false for the packaged one.</summary>
    public bool? NativeBuildVariant { get; init; }

    /// <summary>What computed: "cpu-avx2" (the bundled CPU build and its instruction level), "cuda", or "cpu" for a custom CPU build.</summary>
    public string Backend { get; init; } = "";

    /// <summary>Layers offloaded to a GPU (0 keeps the run on the CPU).</summary>
    public int GpuLayers { get; init; }

    public string ModelPath { get; init; } = "";

    public string ModelSha256 { get; init; } = "";

    /// <summary>
    /// How <see cref="ModelSha256"/> was obtained: "hashed" (read now), a sidecar trusted because the file's
    /// size, mtime, ctime, inode and device are unchanged, or "generated" (hashed while writing it).
    /// </summary>
    public string? ModelSha256Source { get; init; }

    /// <summary>A named profile (tiny, llama2-7b) for the project's own models, else null.</summary>
    public string? ModelProfile { get; init; }

    /// <summary>Random weights: speed and memory carry over, quality does not.</summary>
    public bool ModelSynthetic { get; init; }

    public string DatasetHash { get; init; } = "";

    public string DatasetName { get; init; } = "";

    public string HarnessCommit { get; init; } = "unknown";

    public DateTimeOffset StartedAt { get; init; }

    /// <summary>For endpoint runs: what the server said about itself (model id, owner, version, server header).</summary>
    public string? EndpointIdentity { get; init; }
}
