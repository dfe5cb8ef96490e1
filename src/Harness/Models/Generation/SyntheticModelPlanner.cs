using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Models.Vocabulary;
using Llama2Validation.Harness.Models.Weights;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Generation;

/// <summary>
/// Turns a spec into a GGUF plan: llama metadata, the generated vocabulary, synthetic-model labels, and
/// tensors whose bytes are generated on demand (matrices directly in the target type, norms = 1).
/// </summary>
public static class SyntheticModelPlanner
{
    public static GgufWritePlan Plan(SyntheticModelSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = spec.Shape.Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(spec));
        }

        var vocabulary = SentencePieceVocabularyBuilder.Build(spec.Shape.VocabularySize);
        var tensors = LlamaTensorTable.For(spec.Shape).Select(slot => ToTensor(slot, spec));
        return new GgufWritePlan([.. Metadata(spec, vocabulary)], [.. tensors]);
    }

    private static IEnumerable<GgufMetadataEntry> Metadata(SyntheticModelSpec spec, SentencePieceVocabulary vocabulary)
    {
        foreach (var entry in LlamaMetadata.For(spec.Shape, spec.ModelName, spec.WeightType, vocabulary))
        {
            yield return entry;
        }

        yield return new(GgufKeys.Synthetic, GgufValue.FromBool(true));
        yield return new(GgufKeys.Profile, GgufValue.FromString(spec.Shape.Name));
        yield return new(GgufKeys.GeneratorSeed, GgufValue.FromUInt64(spec.Seed));
        yield return new(GgufKeys.GeneratorVersion, GgufValue.FromUInt32(SyntheticModelSpec.GeneratorVersion));
    }

    private static GgufTensor ToTensor(LlamaTensorSlot slot, SyntheticModelSpec spec)
    {
        if (slot.IsNorm)
        {
            return new GgufTensor(slot.Name, slot.Dimensions, GgmlType.F32, new ConstantF32Content(1f));
        }

        var random = CounterRandom.ForTensor(spec.Seed, slot.Name);
        TensorContent content = spec.WeightType switch
        {
            WeightType.F16 => new RandomF16Content(random),
            WeightType.Q8_0 => RandomQuantBlocks.Q8_0(random),
            WeightType.Q4_0 => RandomQuantBlocks.Q4_0(random),
            _ => throw new ArgumentOutOfRangeException(nameof(spec), spec.WeightType, null),
        };
        return new GgufTensor(slot.Name, slot.Dimensions, spec.WeightType.ToGgmlType(), content);
    }
}
