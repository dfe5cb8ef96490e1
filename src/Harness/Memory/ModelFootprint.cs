using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// What the memory model needs to know of a model: its hyper-parameters and the byte size of every
/// tensor. Read from a GGUF file's header (exact) or derived from a shape preset and weight type (as the
/// project's generator writes it: every matrix in that type, norms in f32).
/// </summary>
public sealed record ModelFootprint(
    string Name,
    int LayerCount,
    int EmbeddingLength,
    int FeedForwardLength,
    int HeadCount,
    int HeadCountKv,
    int VocabularySize,
    int TrainedContext,
    IReadOnlyList<WeightTensor> Tensors)
{
    public int HeadDimension => EmbeddingLength / HeadCount;

    /// <summary>n_embd_k_gqa = n_embd_v_gqa for Llama: the width of one layer's K (or V) row per cell.</summary>
    public int KeyValueLength => HeadDimension * HeadCountKv;

    public long WeightBytes => Tensors.Sum(t => t.Bytes);

    public long TensorBytes(string name) => Tensors.FirstOrDefault(t => t.Name == name)?.Bytes ?? 0;

    public static ModelFootprint FromShape(ModelShape shape, WeightType weights)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var type = GgmlTypeInfo.Get(weights.ToGgmlType());
        var f32 = GgmlTypeInfo.Get(GgmlType.F32);
        var tensors = LlamaTensorTable.For(shape)
            .Select(slot => new WeightTensor(slot.Name, (slot.IsNorm ? f32 : type).ByteCount(slot.ElementCount)))
            .ToList();
        return new ModelFootprint(
            $"{shape.Name} {weights}",
            shape.LayerCount,
            shape.EmbeddingLength,
            shape.FeedForwardLength,
            shape.HeadCount,
            shape.HeadCountKv,
            shape.VocabularySize,
            shape.ContextLength,
            tensors);
    }

    /// <summary>From a validated GGUF file's header: nothing of the tensor data is read.</summary>
    public static ModelFootprint FromGguf(GgufFile file, string name)
    {
        ArgumentNullException.ThrowIfNull(file);
        var metadata = file.Metadata;
        var headCount = (int)metadata.GetUInt32(GgufKeys.HeadCount);
        var vocabulary = metadata.TryGetUInt32(GgufKeys.VocabSize, out var size)
            ? (int)size
            : (int)(file.FindTensor(LlamaTensorName.TokenEmbedding)?.Shape[1] ?? 0);
        return new ModelFootprint(
            name,
            (int)metadata.GetUInt32(GgufKeys.BlockCount),
            (int)metadata.GetUInt32(GgufKeys.EmbeddingLength),
            (int)metadata.GetUInt32(GgufKeys.FeedForwardLength),
            headCount,
            metadata.TryGetUInt32(GgufKeys.HeadCountKv, out var kv) ? (int)kv : headCount,
            vocabulary,
            (int)metadata.GetUInt32(GgufKeys.ContextLength),
            [.. file.Tensors.Select(t => new WeightTensor(t.Name, t.ByteSize))]);
    }

    public static ModelFootprint FromFile(string path) =>
        FromGguf(GgufReader.ReadAndValidate(path), Path.GetFileName(path));
}
