using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Models.Vocabulary;
using Llama2Validation.Harness.Models.Weights;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Generation;

/// <summary>
/// Turns a trainer's export into an F16 GGUF plan with the generated vocabulary it was trained on. The
/// tensor table must be exactly the llama table of the recorded shape (names, order, dimensions,
/// types), so a trainer that drifts from llama.cpp's layout is refused instead of written.
/// </summary>
public static class TrainedModelPlanner
{
    public static GgufWritePlan Plan(string manifestPath, string profile)
    {
        var weights = TrainedWeights.Load(manifestPath);
        var binary = File.ReadAllBytes(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(manifestPath))!, TrainedWeights.BinaryFileName));
        var shape = weights.Shape.ToModelShape(profile);
        var problems = shape.Validate().Concat(TableProblems(weights, shape, binary.Length)).ToList();
        if (problems.Count > 0)
        {
            throw new InvalidDataException($"'{manifestPath}' cannot be written as a llama model: {string.Join(" ", problems)}");
        }

        var vocabulary = SentencePieceVocabularyBuilder.Build(shape.VocabularySize);
        var tensors = weights.Tensors.Select(tensor => new GgufTensor(
            tensor.Name,
            [.. tensor.Dims],
            tensor.Type == "f32" ? GgmlType.F32 : GgmlType.F16,
            new StoredContent(binary.AsMemory((int)tensor.Offset, (int)tensor.Bytes), tensor.Type == "f32" ? 4 : 2)));
        return new GgufWritePlan([.. Metadata(shape, profile, weights, vocabulary)], [.. tensors]);
    }

    private static IEnumerable<GgufMetadataEntry> Metadata(ModelShape shape, string profile, TrainedWeights weights, SentencePieceVocabulary vocabulary)
    {
        foreach (var entry in LlamaMetadata.For(shape, $"l2v-{profile}-f16", WeightType.F16, vocabulary))
        {
            yield return entry;
        }

        // Trained weights: quality is real, so ROUGE is computed and floors apply.
        yield return new(GgufKeys.Synthetic, GgufValue.FromBool(false));
        yield return new(GgufKeys.Profile, GgufValue.FromString(profile));
        if (weights.TrainingNumber("args", "seed") is { } seed)
        {
            yield return new(GgufKeys.GeneratorSeed, GgufValue.FromUInt64((ulong)seed));
        }

        if (weights.TrainingNumber("corpus", "generatorVersion") is { } corpusVersion)
        {
            yield return new(GgufKeys.CorpusVersion, GgufValue.FromUInt32((uint)corpusVersion));
        }

        if (weights.TrainingNumber("steps") is { } steps)
        {
            yield return new(GgufKeys.TrainingSteps, GgufValue.FromUInt64((ulong)steps));
        }
    }

    private static IEnumerable<string> TableProblems(TrainedWeights weights, ModelShape shape, long binaryLength)
    {
        var expected = LlamaTensorTable.For(shape);
        if (weights.Tensors.Count != expected.Count)
        {
            yield return $"{weights.Tensors.Count} tensors, the llama table of this shape has {expected.Count}.";
            yield break;
        }

        foreach (var (tensor, slot) in weights.Tensors.Zip(expected))
        {
            var type = slot.IsNorm ? "f32" : "f16";
            var bytes = slot.ElementCount * (slot.IsNorm ? 4 : 2);
            if (tensor.Name != slot.Name || !tensor.Dims.SequenceEqual(slot.Dimensions) || tensor.Type != type || tensor.Bytes != bytes)
            {
                yield return $"tensor '{tensor.Name}' [{string.Join(", ", tensor.Dims)}] {tensor.Type} {tensor.Bytes} bytes; expected '{slot.Name}' [{string.Join(", ", slot.Dimensions)}] {type} {bytes} bytes.";
            }
            else if (tensor.Offset < 0 || tensor.Offset + tensor.Bytes > binaryLength)
            {
                yield return $"tensor '{tensor.Name}' lies outside {TrainedWeights.BinaryFileName} ({binaryLength} bytes).";
            }
        }
    }
}
