using System.Text;

namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>
/// The smallest GGUF serialiser that makes the fuzzer's seeds and the reader's test files. It writes
/// exactly what it is told, including what a real writer must never write (duplicate keys, raw key
/// bytes, declared counts that lie, tensors at chosen offsets), because hostile files are its purpose.
/// Tensor data is zeros. The project's real writer is GgufWriter; this one stays a test instrument.
/// </summary>
internal sealed class GgufSeedBuilder
{
    private readonly List<(byte[] Key, GgufValue Value)> entries = [];
    private readonly List<(string Name, uint Type, ulong[] Shape, ulong? Offset)> tensors = [];

    public uint Version { get; init; } = 3;

    /// <summary>Placement of the data section and of tensors without an explicit offset (general.alignment is not written for it).</summary>
    public uint Alignment { get; init; } = GgufFile.DefaultAlignment;

    /// <summary>Written instead of the real counts, to make headers that lie.</summary>
    public ulong? DeclaredTensorCount { get; init; }

    public ulong? DeclaredMetadataCount { get; init; }

    /// <summary>Bytes of data section to write; by default, up to the end of the last tensor.</summary>
    public long? DataLength { get; init; }

    public GgufSeedBuilder Add(string key, GgufValue value) => AddWithRawKey(Encoding.UTF8.GetBytes(key), value);

    public GgufSeedBuilder AddWithRawKey(byte[] key, GgufValue value)
    {
        entries.Add((key, value));
        return this;
    }

    /// <summary>Replaces the first entry with this key (or adds it), keeping its position.</summary>
    public GgufSeedBuilder Set(string key, GgufValue value)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        var index = entries.FindIndex(entry => entry.Key.AsSpan().SequenceEqual(bytes));
        if (index < 0)
        {
            return Add(key, value);
        }

        entries[index] = (bytes, value);
        return this;
    }

    public GgufSeedBuilder Remove(string key)
    {
        var bytes = Encoding.UTF8.GetBytes(key);
        entries.RemoveAll(entry => entry.Key.AsSpan().SequenceEqual(bytes));
        return this;
    }

    public GgufSeedBuilder AddTensor(string name, GgmlType type, params ulong[] shape) => AddTensor(name, (uint)type, shape, offset: null);

    public GgufSeedBuilder AddTensor(string name, uint rawType, ulong[] shape, ulong? offset)
    {
        tensors.Add((name, rawType, shape, offset));
        return this;
    }

    public byte[] Build()
    {
        using var memory = new MemoryStream();
        using (var writer = new BinaryWriter(memory, Encoding.UTF8, leaveOpen: true))
        {
            writer.Write("GGUF"u8);
            writer.Write(Version);
            writer.Write(DeclaredTensorCount ?? (ulong)tensors.Count);
            writer.Write(DeclaredMetadataCount ?? (ulong)entries.Count);
            foreach (var (key, value) in entries)
            {
                writer.Write((ulong)key.Length);
                writer.Write(key);
                writer.Write((uint)value.Type);
                WriteValue(writer, value.Value);
            }

            var dataEnd = WriteTensorTable(writer);
            Pad(writer, Alignment);
            var dataLength = DataLength ?? dataEnd;
            writer.Write(new byte[dataLength]);
        }

        return memory.ToArray();
    }

    /// <summary>Writes the tensor infos, placing unplaced tensors one after another; returns where the data ends.</summary>
    private long WriteTensorTable(BinaryWriter writer)
    {
        ulong next = 0;
        ulong end = 0;
        foreach (var (name, type, shape, offset) in tensors)
        {
            var bytes = Encoding.UTF8.GetBytes(name);
            writer.Write((ulong)bytes.Length);
            writer.Write(bytes);
            writer.Write((uint)shape.Length);
            foreach (var dimension in shape)
            {
                writer.Write(dimension);
            }

            writer.Write(type);
            var placed = offset ?? next;
            writer.Write(placed);
            var size = SizeOrZero(type, shape);
            end = Math.Max(end, placed + size);
            next = (placed + size + Alignment - 1) / Alignment * Alignment;
        }

        return (long)end;
    }

    private static ulong SizeOrZero(uint type, ulong[] shape)
    {
        var probe = new GgufTensorInfo(string.Empty, type, shape, 0, 0);
        return probe.TryGetByteSize(out var size) && size < int.MaxValue ? (ulong)size : 0;
    }

    private static void Pad(BinaryWriter writer, uint alignment)
    {
        var position = writer.BaseStream.Position;
        var padded = (position + alignment - 1) / alignment * alignment;
        writer.Write(new byte[padded - position]);
    }

    private static void WriteValue(BinaryWriter writer, object value)
    {
        switch (value)
        {
            case string text:
                var bytes = Encoding.UTF8.GetBytes(text);
                writer.Write((ulong)bytes.Length);
                writer.Write(bytes);
                break;
            case bool flag:
                writer.Write((byte)(flag ? 1 : 0));
                break;
            case GgufValueArray array:
                writer.Write((uint)array.ElementType);
                writer.Write((ulong)array.Count);
                foreach (var item in array.Items)
                {
                    WriteValue(writer, item);
                }

                break;
            case byte v: writer.Write(v); break;
            case sbyte v: writer.Write(v); break;
            case ushort v: writer.Write(v); break;
            case short v: writer.Write(v); break;
            case uint v: writer.Write(v); break;
            case int v: writer.Write(v); break;
            case float v: writer.Write(v); break;
            case ulong v: writer.Write(v); break;
            case long v: writer.Write(v); break;
            case double v: writer.Write(v); break;
            default: throw new ArgumentException($"Cannot write a {value.GetType().Name} as a GGUF value.", nameof(value));
        }
    }
}
