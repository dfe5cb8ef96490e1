namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>The ways <see cref="GgufMutator"/> changes a seed; several are stacked per input.</summary>
public enum GgufMutation
{
    BitFlip,
    ByteSet,

    /// <summary>0, -1, 2^31, 2^32-1, 2^63 and friends, written anywhere in the header.</summary>
    InterestingIntegerAtRandom,

    /// <summary>The same values written over a count, length, type, dimension or offset field.</summary>
    InterestingIntegerAtField,

    /// <summary>A field nudged by a small amount (off-by-one lengths, neighbouring types).</summary>
    FieldArithmetic,

    /// <summary>Two fields of one width exchange values (tensor offsets, dimensions, lengths).</summary>
    FieldSwap,

    /// <summary>One string's bytes copied over another of the same length (duplicate tokens, keys, names).</summary>
    StringCopy,

    Truncation,
    Insertion,
    Deletion,

    /// <summary>The start of one seed joined to the rest of another.</summary>
    Splice,
}
