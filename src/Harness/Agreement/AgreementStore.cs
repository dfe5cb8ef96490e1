using System.Text.Json;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// One class and model's agreement files under <c>baselines/&lt;class&gt;/agreement/</c>: the reference
/// (<c>reference.&lt;model&gt;</c>) and each strategy's floors (<c>&lt;strategy&gt;.&lt;model&gt;</c>), read verified
/// and proposed as received files by the same convention as every other baseline.
/// </summary>
public sealed class AgreementStore(ApprovalFolder folder, string hardwareClass, string model)
{
    public ApprovalKey ReferenceKey { get; } = new(ApprovalKind.Agreement, new RunKey(hardwareClass, AgreementDefaults.ReferenceFileStrategy, model));

    public ApprovalKey FloorsKey(string strategy) => new(ApprovalKind.Agreement, new RunKey(hardwareClass, strategy, model));

    /// <exception cref="InvalidDataException">The verified reference is not a reference file.</exception>
    public AgreementReference? ReadReference() => Read<AgreementReference>(ReferenceKey);

    /// <exception cref="InvalidDataException">The verified floors are not a floors file.</exception>
    public AgreementFloors? ReadFloors(string strategy) => Read<AgreementFloors>(FloorsKey(strategy));

    public ApprovalComparison ProposeReference(AgreementReference reference) =>
        folder.Compare(ReferenceKey, JsonSerializer.Serialize(reference, HarnessJson.Options) + "\n");

    public ApprovalComparison ProposeFloors(AgreementFloors floors)
    {
        ArgumentNullException.ThrowIfNull(floors);
        return folder.Compare(FloorsKey(floors.Strategy), JsonSerializer.Serialize(floors, HarnessJson.Options) + "\n");
    }

    public static string RelativePath(ApprovalKey key, bool received = false) =>
        "baselines/" + (received ? key.RelativeReceivedPath : key.RelativeVerifiedPath).Replace('\\', '/');

    /// <summary>The reference's configuration as one comparable line: the spec's settings, where it ran.</summary>
    public static string ConfigurationOf(StrategySpec spec, int gpuLayers) =>
        JsonSerializer.Serialize(spec, HarnessJson.Compact) + (gpuLayers > 0 ? " gpu" : " cpu");

    /// <summary>Why a stored reference cannot judge this run (each difference named), or null when it can.</summary>
    public static string? Differences(AgreementReference stored, string modelSha256, string datasetHash, string configuration)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var differences = new List<string>();
        if (stored.Schema != AgreementReference.CurrentSchema)
        {
            differences.Add($"schema: recorded {stored.Schema}, this build {AgreementReference.CurrentSchema}");
        }

        if (!string.Equals(stored.ModelSha256, modelSha256, StringComparison.OrdinalIgnoreCase))
        {
            differences.Add($"reference model sha256: recorded {stored.ModelSha256}, this run {modelSha256}");
        }

        if (!string.Equals(stored.DatasetHash, datasetHash, StringComparison.Ordinal))
        {
            differences.Add($"datasetHash: recorded {stored.DatasetHash}, this run {datasetHash}");
        }

        if (!string.Equals(stored.Configuration, configuration, StringComparison.Ordinal))
        {
            differences.Add($"reference configuration: recorded {stored.Configuration}, this run {configuration}");
        }

        return differences.Count == 0 ? null : string.Join("; ", differences);
    }

    private T? Read<T>(ApprovalKey key)
        where T : class
    {
        if (folder.ReadVerified(key) is not { } text)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(text, HarnessJson.Options) ?? throw new InvalidDataException($"{RelativePath(key)}: empty");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{RelativePath(key)}: not an agreement file: {e.Message}", e);
        }
    }
}
