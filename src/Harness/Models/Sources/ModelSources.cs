using System.Collections.Concurrent;
using Llama2Validation.Harness.Models.Caching;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Quantization;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Sources;

/// <summary>
/// Where each weight type's model comes from: a file the user gave for that type, else a variant
/// derived from the F16 file by llama.cpp's quantizer (cached by content), else the generated model
/// of <see cref="Preset"/> when one is named, else — the embedded default — the trained summariser
/// committed under models/. Resolved lazily: a run of one strategy never quantises for the others.
/// </summary>
public sealed record ModelSources
{
    /// <summary>
    /// A generated (random-weight) preset to use when no F16 file is given, for speed and memory work
    /// (tiny, llama2-7b); null for the trained summariser, whose outputs and ROUGE mean something.
    /// </summary>
    public string? Preset { get; init; }

    public string? F16 { get; init; }

    public string? Q8 { get; init; }

    public string? Q4 { get; init; }

    public Func<WeightType, ModelChoice> Resolver()
    {
        var resolved = new ConcurrentDictionary<WeightType, ModelChoice>();
        return type => resolved.GetOrAdd(type, Resolve);
    }

    private ModelChoice Resolve(WeightType type)
    {
        var given = type switch
        {
            WeightType.Q8_0 => Q8,
            WeightType.Q4_0 => Q4,
            _ => F16,
        };
        if (given is not null)
        {
            return Describe(given, FileSha256.Identify(given));
        }

        if (F16 is null && Preset is { } preset)
        {
            return Generated(preset, type);
        }

        // The summariser's variants are derived as a user's are from their F16 file; llama.cpp's
        // quantizer keeps the labels (profile, synthetic=false) that describe them.
        var derived = QuantizedVariants.GetOrCreate(F16 ?? TrainedModels.SummariserPath(RepositoryLayout.Current), type);
        return Describe(derived.Path, FileSha256.Identify(derived.Path));
    }

    private static ModelChoice Generated(string preset, WeightType type)
    {
        var generated = GeneratedModels.GetOrCreate(new SyntheticModelSpec(ModelShapes.Get(preset), WeightType.F16));
        if (type == WeightType.F16)
        {
            return new ModelChoice(generated.Path, generated.Sha256, ProfileOf(preset), Synthetic: true);
        }

        // Derived from the generated F16 file, as a user's quantised variants are from theirs.
        var variant = QuantizedVariants.GetOrCreate(generated.Path, type);
        return new ModelChoice(variant.Path, variant.Sha256, ProfileOf(preset), Synthetic: true);
    }

    /// <summary>The baseline identity of a generated preset or trained model: l2v-tiny, l2v-llama2-7b, l2v-summariser.</summary>
    public static string ProfileOf(string preset) => $"l2v-{preset}";

    /// <summary>A model file as baselines identify it: its generator profile, else its sha256.</summary>
    public static ModelChoice Describe(string path) => Describe(path, FileSha256.Identify(path));

    /// <summary>
    /// The identity without refusing anything (the gate asks before any run): a file that is not valid
    /// GGUF is named by its sha256 here, and the run itself then refuses it with every problem listed.
    /// </summary>
    public static string IdentityOf(string path)
    {
        var profile = GeneratedModelIdentity.TryRead(path)?.Profile;
        return profile is null ? Approval.ModelIdentity.Sha256Prefix + FileSha256.Of(path) : ProfileOf(profile);
    }

    private static ModelChoice Describe(string path, FileHash hash)
    {
        var identity = GeneratedModelIdentity.Read(path);
        return new ModelChoice(Path.GetFullPath(path), hash.Sha256, identity.Profile is null ? null : ProfileOf(identity.Profile), identity.Synthetic) { Sha256Source = hash.Source };
    }
}
