using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Approval;

/// <summary>
/// Which model a baseline or snapshot belongs to: the named profile of a model the project generates
/// (l2v-tiny, llama2-7b-synthetic), else the model file's sha256, so figures recorded on synthetic
/// weights can never be looked up for a user's real model.
/// </summary>
public static class ModelIdentity
{
    public const string Sha256Prefix = "sha256-";

    public const string Unidentified = "unidentified-model";

    public static string Of(RunMetadata metadata)
    {
        ArgumentNullException.ThrowIfNull(metadata);
        if (!string.IsNullOrWhiteSpace(metadata.ModelProfile))
        {
            return metadata.ModelProfile.Trim();
        }

        return string.IsNullOrWhiteSpace(metadata.ModelSha256)
            ? Unidentified
            : Sha256Prefix + metadata.ModelSha256.Trim().ToLowerInvariant();
    }
}
