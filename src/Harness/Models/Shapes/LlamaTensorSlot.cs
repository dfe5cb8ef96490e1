using System.Collections.Immutable;

namespace Llama2Validation.Harness.Models.Shapes;

/// <summary>
/// One tensor a Llama model needs: name and ggml dimensions (ne[0] is the row length, i.e. the input
/// width of a matrix), and whether it is a norm vector (always f32) or a weight matrix.
/// </summary>
public sealed record LlamaTensorSlot(string Name, ImmutableArray<long> Dimensions, bool IsNorm)
{
    public long ElementCount => Dimensions.Aggregate(1L, (product, dimension) => product * dimension);
}
