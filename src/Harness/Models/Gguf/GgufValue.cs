using System.Collections.Immutable;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// One metadata value as GGUF stores it: a scalar, a string, or an array of one element type. The
/// factories cover what this project writes; the payload stays immutable so a model plan can be shared.
/// </summary>
public sealed class GgufValue
{
    private GgufValue(GgufValueType type, object payload, GgufValueType elementType = GgufValueType.UInt8)
    {
        Type = type;
        Payload = payload;
        ElementType = elementType;
    }

    public GgufValueType Type { get; }

    /// <summary>For arrays, the type of every element; meaningless otherwise.</summary>
    public GgufValueType ElementType { get; }

    /// <summary>A boxed scalar, a string, or an ImmutableArray of the element type.</summary>
    public object Payload { get; }

    public static GgufValue FromUInt32(uint value) => new(GgufValueType.UInt32, value);

    public static GgufValue FromInt32(int value) => new(GgufValueType.Int32, value);

    public static GgufValue FromUInt64(ulong value) => new(GgufValueType.UInt64, value);

    public static GgufValue FromFloat32(float value) => new(GgufValueType.Float32, value);

    public static GgufValue FromBool(bool value) => new(GgufValueType.Bool, value);

    public static GgufValue FromString(string value) => new(GgufValueType.String, value);

    public static GgufValue FromStrings(IEnumerable<string> values) =>
        new(GgufValueType.Array, values.ToImmutableArray(), GgufValueType.String);

    public static GgufValue FromFloat32s(IEnumerable<float> values) =>
        new(GgufValueType.Array, values.ToImmutableArray(), GgufValueType.Float32);

    public static GgufValue FromInt32s(IEnumerable<int> values) =>
        new(GgufValueType.Array, values.ToImmutableArray(), GgufValueType.Int32);

    public override string ToString() => Payload switch
    {
        ImmutableArray<string> strings => $"[{strings.Length} strings]",
        ImmutableArray<float> floats => $"[{floats.Length} floats]",
        ImmutableArray<int> ints => $"[{ints.Length} ints]",
        IFormattable formattable => formattable.ToString(null, System.Globalization.CultureInfo.InvariantCulture),
        _ => Payload.ToString() ?? string.Empty,
    };
}
