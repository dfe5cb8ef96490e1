using System.Runtime.InteropServices;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Running.Endpoint;
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

    /// <summary>Load points of the endpoint strategy, run after the in-process strategies (none: no endpoint).</summary>
    public IReadOnlyList<EndpointSpec> Endpoints { get; init; } = [];

    /// <summary>
    /// The provenance every run of this plan records, built here only: host, versions, dataset, and the
    /// model when the run loads one (an endpoint run fills in the server's identity itself).
    /// </summary>
    public RunMetadata MetadataFor(ModelChoice? model) => new()
    {
        HardwareClass = Host.HardwareClass,
        HardwareFingerprint = Host.Fingerprint,
        HardwareDescription = Host.Description,
        GpuDriver = Host.GpuDriver,
        Os = RuntimeInformation.OSDescription,
        DotnetVersion = System.Environment.Version.ToString(),
        LlamaSharpVersion = HarnessInfo.LlamaSharpVersion,
        NativeLibraryPath = model is null ? null : NativeLibraryPath,
        ModelPath = model?.Path ?? "",
        ModelSha256 = model?.Sha256 ?? "",
        ModelSha256Source = model?.Sha256Source,
        ModelProfile = model?.Profile,
        ModelSynthetic = model?.Synthetic ?? false,
        DatasetHash = DatasetHash,
        DatasetName = DatasetName,
        HarnessCommit = HarnessInfo.Commit,
        StartedAt = DateTimeOffset.UtcNow,
    };
}
