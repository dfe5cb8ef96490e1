using System.Globalization;
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

    /// <summary>Raised whenever a change to the generator changes the bytes it writes for a spec.</summary>
    public const int GeneratorVersion = 1;

    /// <summary>general.name, e.g. l2v-tiny-f16.</summary>
    public string ModelName => $"l2v-{Shape.Name}-{WeightType.ToName()}";

    /// <summary>A file name that changes whenever the content would.</summary>
    public string FileName => string.Create(CultureInfo.InvariantCulture, $"{ModelName}-seed{Seed}-gen{GeneratorVersion}.gguf");
}
