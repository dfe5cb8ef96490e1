namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// One entry of the tensor table, as read.
/// Raw type and shape are kept exactly as stored, so a hostile table can still be described.
/// The derived sizes come in two forms: Try* methods that say no on nonsense (used by validation), and
/// properties that throw, which are safe on any file that passed validation.
/// </summary>
/// <param name="Name">Tensor name, e.g. blk.0.attn_q.weight.</param>
/// <param name="RawType">ggml type number as stored; <see cref="Type"/> casts it.</param>
/// <param name="Shape">Dimensions in ggml order (Shape[0] is the row length).</param>
/// <param name="Offset">Relative to the data section, as stored.</param>
/// <param name="DataSectionOffset">Absolute position of the file's data section.</param>
public sealed record GgufTensorInfo(string Name, uint RawType, IReadOnlyList<ulong> Shape, ulong Offset, long DataSectionOffset)
{
    public GgmlType Type => (GgmlType)RawType;

    public long ElementCount => TryGetElementCount(out var count) ? count : throw Invalid("element count overflows");

    public long ByteSize => TryGetByteSize(out var bytes) ? bytes : throw Invalid("byte size is undefined");

    public long AbsoluteOffset => TryGetAbsoluteOffset(out var offset) ? offset : throw Invalid("offset overflows");

    /// <summary>The product of the dimensions, when it fits a long (an empty shape counts as one element).</summary>
    public bool TryGetElementCount(out long count)
    {
        UInt128 product = 1;
        foreach (var dimension in Shape)
        {
            product *= dimension;
            if (product > long.MaxValue)
            {
                count = 0;
                return false;
            }
        }

        count = (long)product;
        return true;
    }

    /// <summary>Bytes of the tensor data: known type, whole blocks per row, and a size that fits a long.</summary>
    public bool TryGetByteSize(out long bytes)
    {
        bytes = 0;
        if (!GgmlTypeInfo.TryGet(Type, out var info) || !TryGetElementCount(out var elements))
        {
            return false;
        }

        var rowLength = Shape.Count > 0 ? Shape[0] : 1UL;
        if (rowLength % (ulong)info.BlockSize != 0)
        {
            return false;
        }

        var size = (UInt128)(ulong)elements / (uint)info.BlockSize * (uint)info.BytesPerBlock;
        if (size > long.MaxValue)
        {
            return false;
        }

        bytes = (long)size;
        return true;
    }

    public bool TryGetAbsoluteOffset(out long offset)
    {
        var absolute = (UInt128)Offset + (ulong)DataSectionOffset;
        offset = absolute <= long.MaxValue ? (long)absolute : 0;
        return absolute <= long.MaxValue;
    }

    public override string ToString() => $"{Name} {Type} [{string.Join(", ", Shape)}] @ {Offset}";

    private InvalidOperationException Invalid(string what) =>
        new($"Tensor '{Name}' ({RawType}, [{string.Join(", ", Shape)}]): {what}; validate the file before using it.");
}
