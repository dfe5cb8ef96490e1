using System.Collections.Immutable;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// A tensor to write: its name, ggml dimensions (ne[0] first: the length of one row), element type and
/// where its bytes come from. The content is pulled in chunks while writing, never held whole.
/// </summary>
public sealed record GgufTensor(string Name, ImmutableArray<long> Dimensions, GgmlType Type, TensorContent Content)
{
    public long ElementCount => Dimensions.Aggregate(1L, (product, dimension) => product * dimension);

    public long ByteCount => GgmlTypeInfo.Get(Type).ByteCount(ElementCount);
}
