namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// An array metadata value. Items are kept as a typed CLR array (byte[], float[], string[], ...,
/// or GgufValueArray[] for nested arrays) so a 32,000-entry vocabulary is one allocation, not 32,000 boxes.
/// </summary>
public sealed class GgufValueArray
{
    private GgufValueArray(GgufValueType elementType, Array items)
    {
        ElementType = elementType;
        Items = items;
    }

    public GgufValueType ElementType { get; }

    public Array Items { get; }

    public int Count => Items.Length;

    public static GgufValueArray Of(byte[] items) => new(GgufValueType.UInt8, items);

    public static GgufValueArray Of(sbyte[] items) => new(GgufValueType.Int8, items);

    public static GgufValueArray Of(ushort[] items) => new(GgufValueType.UInt16, items);

    public static GgufValueArray Of(short[] items) => new(GgufValueType.Int16, items);

    public static GgufValueArray Of(uint[] items) => new(GgufValueType.UInt32, items);

    public static GgufValueArray Of(int[] items) => new(GgufValueType.Int32, items);

    public static GgufValueArray Of(float[] items) => new(GgufValueType.Float32, items);

    public static GgufValueArray Of(bool[] items) => new(GgufValueType.Bool, items);

    public static GgufValueArray Of(string[] items) => new(GgufValueType.String, items);

    public static GgufValueArray Of(ulong[] items) => new(GgufValueType.UInt64, items);

    public static GgufValueArray Of(long[] items) => new(GgufValueType.Int64, items);

    public static GgufValueArray Of(double[] items) => new(GgufValueType.Float64, items);

    public static GgufValueArray Of(GgufValueArray[] items) => new(GgufValueType.Array, items);

    // The element type is checked, not only the CLR array type: the runtime lets an int[] pass as uint[].
    public IReadOnlyList<string>? AsStrings() => ElementType == GgufValueType.String ? (string[])Items : null;

    public IReadOnlyList<float>? AsFloat32s() => ElementType == GgufValueType.Float32 ? (float[])Items : null;

    public IReadOnlyList<int>? AsInt32s() => ElementType == GgufValueType.Int32 ? (int[])Items : null;

    public IReadOnlyList<uint>? AsUInt32s() => ElementType == GgufValueType.UInt32 ? (uint[])Items : null;

    public IReadOnlyList<GgufValueArray>? AsArrays() => ElementType == GgufValueType.Array ? (GgufValueArray[])Items : null;

    public override string ToString() => $"[{ElementType} x {Count}]";
}
