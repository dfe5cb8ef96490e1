
namespace Llama2Validation.Harness.Models.Sources;

/// <summary>A model file a strategy runs on, with what is known of it before any native load.</summary>
public sealed record ModelChoice(string Path, string Sha256, string? Profile, bool Synthetic)
{
    /// <summary>How baselines and reports name the model: its profile for generated models, else its hash.</summary>
    public string Identity => Profile ?? Approval.ModelIdentity.Sha256Prefix + Sha256;

    /// <summary>How <see cref="Sha256"/> was obtained (<see cref="Caching.FileHash"/>); "generated" for a model this process wrote and hashed while writing.</summary>
    public string Sha256Source { get; init; } = "generated";
}
