using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Generation;

/// <summary>
/// What identifies a generated model: shape, weight type, seed and generator version. Equal specs give
/// byte-identical files.
/// </summary>
public sealed record SyntheticModelSpec(ModelShape Shape, WeightType WeightType, ulong Seed = SyntheticModelSpec.DefaultSeed)
{
    public const ulong DefaultSeed = 1;

    /// <summary>
    /// Raised whenever a change to how weights are generated changes the bytes written for a spec (the
    /// vocabulary and metadata are covered by the cache's header fingerprint without it).
    /// </summary>
    public const int GeneratorVersion = 1;

    /// <summary>general.name, e.g. l2v-tiny-f16.</summary>
    public string ModelName => $"l2v-{Shape.Name}-{WeightType.ToName()}";
}
