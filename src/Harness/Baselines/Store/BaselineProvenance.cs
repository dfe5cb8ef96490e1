namespace Llama2Validation.Harness.Baselines.Store;

/// <summary>Where a baseline's figures came from, so a person can judge whether they still apply.</summary>
public sealed record BaselineProvenance
{
    public string HardwareFingerprint { get; init; } = "";

    public string? HardwareDescription { get; init; }

    public string HarnessCommit { get; init; } = "";

    public DateTimeOffset RecordedAt { get; init; }

    public string LlamaSharpVersion { get; init; } = "";

    /// <summary>Random weights: speed and memory carry over, quality does not. Required (null is reported missing).</summary>
    public bool? ModelSynthetic { get; init; }

    public string? ModelSha256 { get; init; }

    public string? DatasetHash { get; init; }

    /// <summary>The llama.cpp build (libllama's sha256) the figures came from; a run on another build is judged, and the verdict says so.</summary>
    public string? NativeLibrarySha256 { get; init; }

    /// <summary>The whole llama.cpp build, ggml libraries included (<see cref="Measurement.RunMetadata.NativeBuildIdentity"/>); null for baselines recorded before it was kept.</summary>
    public string? NativeBuildIdentity { get; init; }
}
