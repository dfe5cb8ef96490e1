using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Identity;

/// <summary>Whether a baseline may judge a run: same configuration and dataset, or the fields that differ.</summary>
public static class Comparability
{
    public static IReadOnlyList<string> OfBaseline(RunResult run, BaselineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Configuration is { } recorded
            ? RunConfiguration.Differences(recorded, RunConfiguration.Of(run))
            : ["the baseline records no configuration (approved before configurations were kept): record it again"];
    }

    /// <summary>What a verdict should mention though it does not block the comparison: another llama.cpp build.</summary>
    public static IReadOnlyList<string> EngineNotes(RunResult run, BaselineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(entry);
        var recorded = entry.Provenance?.NativeLibrarySha256;
        var measured = run.Metadata.NativeLibrarySha256;
        if (recorded is not null && measured is not null && !string.Equals(recorded, measured, StringComparison.OrdinalIgnoreCase))
        {
            return [$"judged across an engine change: the baseline's llama.cpp build is {recorded[..12]}, this run's {measured[..Math.Min(12, measured.Length)]}"];
        }

        // The same libllama over other ggml libraries (a CUDA build without its flash-attention kernels) is another engine too.
        var recordedBuild = entry.Provenance?.NativeBuildIdentity;
        var measuredBuild = run.Metadata.NativeBuildIdentity;
        return recordedBuild is null || measuredBuild is null || string.Equals(recordedBuild, measuredBuild, StringComparison.OrdinalIgnoreCase)
            ? []
            : [$"judged across an engine change: the same libllama over other ggml libraries (build {recordedBuild[..12]} recorded, {measuredBuild[..Math.Min(12, measuredBuild.Length)]} here)"];
    }
}
