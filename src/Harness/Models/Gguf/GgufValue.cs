using System.Globalization;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// One metadata value as stored in the file. <see cref="Value"/> holds the CLR value of
/// <see cref="Type"/>: byte, sbyte, ushort, short, uint, int, float, bool, string, ulong, long, double,
/// or a <see cref="GgufValueArray"/>.
/// </summary>
public sealed record GgufValue(GgufValueType Type, object Value)
{
    public static GgufValue FromUInt8(byte value) => new(GgufValueType.UInt8, value);

    public static GgufValue FromInt8(sbyte value) => new(GgufValueType.Int8, value);

    public static GgufValue FromUInt16(ushort value) => new(GgufValueType.UInt16, value);

    public static GgufValue FromInt16(short value) => new(GgufValueType.Int16, value);

    public static GgufValue FromUInt32(uint value) => new(GgufValueType.UInt32, value);

    public static GgufValue FromInt32(int value) => new(GgufValueType.Int32, value);

    public static GgufValue FromFloat32(float value) => new(GgufValueType.Float32, value);

    public static GgufValue FromBool(bool value) => new(GgufValueType.Bool, value);

    public static GgufValue FromString(string value) => new(GgufValueType.String, value);

    public static GgufValue FromUInt64(ulong value) => new(GgufValueType.UInt64, value);

    public static GgufValue FromInt64(long value) => new(GgufValueType.Int64, value);

    public static GgufValue FromFloat64(double value) => new(GgufValueType.Float64, value);

    public static GgufValue FromArray(GgufValueArray array) => new(GgufValueType.Array, array);

    public static GgufValue FromStrings(IEnumerable<string> values) => FromArray(GgufValueArray.Of(values.ToArray()));

    public static GgufValue FromFloat32s(IEnumerable<float> values) => FromArray(GgufValueArray.Of(values.ToArray()));

    public static GgufValue FromInt32s(IEnumerable<int> values) => FromArray(GgufValueArray.Of(values.ToArray()));

    public bool IsInteger => Type is GgufValueType.UInt8 or GgufValueType.Int8 or GgufValueType.UInt16 or GgufValueType.Int16
        or GgufValueType.UInt32 or GgufValueType.Int32 or GgufValueType.UInt64 or GgufValueType.Int64;

    /// <summary>Any integer type whose value is not negative; other types are refused.</summary>
    public bool TryGetUInt64(out ulong value)
    {
        (var ok, value) = Value switch
        {
            byte v => (true, v),
            ushort v => (true, v),
            uint v => (true, v),
            ulong v => (true, v),
            sbyte v when v >= 0 => (true, (ulong)v),
            short v when v >= 0 => (true, (ulong)v),
            int v when v >= 0 => (true, (ulong)v),
            long v when v >= 0 => (true, (ulong)v),
            _ => (false, 0UL),
        };
        return ok && IsInteger;
    }

    /// <summary>Any integer type whose value fits a long; other types are refused.</summary>
    public bool TryGetInt64(out long value)
    {
        (var ok, value) = Value switch
        {
            sbyte v => (true, v),
            short v => (true, v),
            int v => (true, v),
            long v => (true, v),
            byte v => (true, v),
            ushort v => (true, v),
            uint v => (true, v),
            ulong v when v <= long.MaxValue => (true, (long)v),
            _ => (false, 0L),
        };
        return ok && IsInteger;
    }

    /// <summary>Float32 or Float64 (or any integer), widened to double.</summary>
    public bool TryGetDouble(out double value)
    {
        switch (Value)
        {
            case float f:
                value = f;
                return true;
            case double d:
                value = d;
                return true;
            default:
                var isInteger = TryGetInt64(out var integer);
                value = integer;
                return isInteger;
        }
    }

    public string? AsString() => Value as string;

    public GgufValueArray? AsArray() => Value as GgufValueArray;

    /// <summary>Short display for reports: scalars as themselves, long strings and arrays abbreviated.</summary>
    public override string ToString() => Value switch
    {
        string s when s.Length > 60 => $"\"{s[..57]}...\" ({s.Length} chars)",
        string s => $"\"{s}\"",
        GgufValueArray array => array.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => Value.ToString() ?? string.Empty,
    };
}
