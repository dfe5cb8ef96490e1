using System.Buffers.Binary;
using System.Runtime.InteropServices;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// Little-endian reads from a seekable stream that always know how many bytes are left, so every length
/// and count can be checked against the file before anything is allocated for it.
/// </summary>
internal sealed class GgufReaderCursor
{
    private readonly Stream stream;
    private readonly long start;

    public GgufReaderCursor(Stream stream)
    {
        if (!stream.CanRead || !stream.CanSeek)
        {
            throw new ArgumentException("GGUF validation needs a readable, seekable stream (its length bounds every count).", nameof(stream));
        }

        this.stream = stream;
        start = stream.Position;
        Length = stream.Length - start;
    }

    public long Length { get; }

    public long Position { get; private set; }

    public long Remaining => Length - Position;

    public byte ReadByte()
    {
        Span<byte> buffer = stackalloc byte[1];
        Fill(buffer, "a byte");
        return buffer[0];
    }

    public ushort ReadUInt16()
    {
        Span<byte> buffer = stackalloc byte[2];
        Fill(buffer, "a 16-bit value");
        return BinaryPrimitives.ReadUInt16LittleEndian(buffer);
    }

    public uint ReadUInt32()
    {
        Span<byte> buffer = stackalloc byte[4];
        Fill(buffer, "a 32-bit value");
        return BinaryPrimitives.ReadUInt32LittleEndian(buffer);
    }

    public ulong ReadUInt64()
    {
        Span<byte> buffer = stackalloc byte[8];
        Fill(buffer, "a 64-bit value");
        return BinaryPrimitives.ReadUInt64LittleEndian(buffer);
    }

    /// <summary>Reads <paramref name="count"/> fixed-size values; the caller has checked the count against <see cref="Remaining"/>.</summary>
    public T[] ReadArray<T>(int count)
        where T : unmanaged
    {
        var items = new T[count];
        var bytes = MemoryMarshal.AsBytes(items.AsSpan());
        Fill(bytes, "array items");
        if (!BitConverter.IsLittleEndian)
        {
            throw new PlatformNotSupportedException("GGUF arrays are read as little-endian memory.");
        }

        return items;
    }

    public void Fill(Span<byte> buffer, string what)
    {
        if (buffer.Length > Remaining)
        {
            throw new GgufReaderStopException(
                GgufValidationProblemKind.Truncated,
                $"the file ends ({Length} bytes) while reading {what}: {buffer.Length} bytes needed, {Remaining} left",
                Position);
        }

        stream.ReadExactly(buffer);
        Position += buffer.Length;
    }
}
