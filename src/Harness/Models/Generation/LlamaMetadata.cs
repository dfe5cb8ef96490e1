using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Models.Vocabulary;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Generation;

/// <summary>
/// The metadata every model this project writes starts with: general.*, the llama hyper-parameters
/// and the vocabulary, in one order (it is part of a generated model's cache fingerprint). Each kind
/// of model appends its own llama2validation.* labels after it.
/// </summary>
public static class LlamaMetadata
{
    public static IEnumerable<GgufMetadataEntry> For(ModelShape shape, string modelName, WeightType weightType, SentencePieceVocabulary vocabulary)
    {
        ArgumentNullException.ThrowIfNull(shape);
        ArgumentNullException.ThrowIfNull(vocabulary);
        yield return new(GgufKeys.Architecture, GgufValue.FromString("llama"));
        yield return new(GgufKeys.Name, GgufValue.FromString(modelName));
        yield return new(GgufKeys.FileType, GgufValue.FromUInt32(weightType.ToFileType()));
        yield return new(GgufKeys.Alignment, GgufValue.FromUInt32(GgufWritePlan.Alignment));
        if (weightType != WeightType.F16)
        {
            // ggml's quantisation format version; llama.cpp's quantizer writes 2 for these block layouts.
            yield return new(GgufKeys.QuantizationVersion, GgufValue.FromUInt32(2));
        }

        yield return new(GgufKeys.ContextLength, GgufValue.FromUInt32((uint)shape.ContextLength));
        yield return new(GgufKeys.EmbeddingLength, GgufValue.FromUInt32((uint)shape.EmbeddingLength));
        yield return new(GgufKeys.BlockCount, GgufValue.FromUInt32((uint)shape.LayerCount));
        yield return new(GgufKeys.FeedForwardLength, GgufValue.FromUInt32((uint)shape.FeedForwardLength));
        yield return new(GgufKeys.RopeDimensionCount, GgufValue.FromUInt32((uint)shape.HeadDimension));
        yield return new(GgufKeys.HeadCount, GgufValue.FromUInt32((uint)shape.HeadCount));
        yield return new(GgufKeys.HeadCountKv, GgufValue.FromUInt32((uint)shape.HeadCountKv));
        yield return new(GgufKeys.RmsEpsilon, GgufValue.FromFloat32(shape.RmsEpsilon));
        yield return new(GgufKeys.RopeFreqBase, GgufValue.FromFloat32(shape.RopeFreqBase));
        yield return new(GgufKeys.VocabSize, GgufValue.FromUInt32((uint)vocabulary.Count));
        foreach (var entry in vocabulary.ToMetadata())
        {
            yield return entry;
        }
    }
}
