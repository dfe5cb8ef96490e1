using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Unicode;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// One pass over a GGUF header. Problems that leave the layout readable (invalid UTF-8 in a key) are
/// collected and reading goes on; problems after which no later field can be located (truncation, an
/// impossible length) end the pass with what was found so far.
/// </summary>
internal sealed class GgufReaderSession
{
    /// <summary>Nested arrays deeper than this are refused: llama.cpp reads none, and depth costs stack.</summary>
    public const int MaxArrayDepth = 3;

    /// <summary>
    /// Hard ceilings for one string and one array: real files stay far below them (the largest
    /// vocabularies hold about 256k tokens), and they cap what a hostile header can make us allocate
    /// when the file is large enough to "back" an absurd length with tensor data.
    /// </summary>
    public const int MaxStringBytes = 64 << 20;

    public const int MaxArrayItems = 64 << 20;

    /// <summary>Lists grow as items are actually read; a declared count only sizes them up to this.</summary>
    private const int MaxInitialCapacity = 4096;

    // Smallest encodings, used to refuse counts that the remaining bytes cannot hold:
    // a key/value pair is key length (8) + type (4) + one byte; a tensor info is name length (8) +
    // n_dims (4) + type (4) + offset (8).
    private const int MinMetadataEntryBytes = 13;
    private const int MinTensorInfoBytes = 24;

    private static readonly UTF8Encoding LenientUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: false);

    private readonly GgufReaderCursor cursor;
    private readonly string source;
    private readonly GgufFieldVisitor? visitor;
    private readonly List<GgufValidationProblem> problems = [];

    public GgufReaderSession(Stream stream, string source, GgufFieldVisitor? visitor)
    {
        cursor = new GgufReaderCursor(stream);
        this.source = source;
        this.visitor = visitor;
    }

    /// <summary>The header (null when the structure is broken) and the problems met while reading it.</summary>
    public (GgufFile? File, List<GgufValidationProblem> Problems) Read()
    {
        try
        {
            return (ReadFile(), problems);
        }
        catch (GgufReaderStopException stop)
        {
            problems.Add(new GgufValidationProblem(source, stop.Kind, stop.Message, stop.Offset));
            return (null, problems);
        }
    }

    private GgufFile ReadFile()
    {
        ReadMagic();
        var version = ReadVersion();
        Visit(GgufReaderField.TensorCount, 8);
        var tensorCount = cursor.ReadUInt64();
        Visit(GgufReaderField.MetadataCount, 8);
        var metadataCount = cursor.ReadUInt64();
        CheckCounts(tensorCount, metadataCount);

        var entries = new List<GgufMetadataEntry>((int)Math.Min(metadataCount, MaxInitialCapacity));
        for (var i = 0; i < (int)metadataCount; i++)
        {
            entries.Add(ReadEntry(i));
        }

        var metadata = new GgufMetadata(entries);
        var tables = new List<(string Name, uint Type, ulong[] Shape, ulong Offset)>((int)Math.Min(tensorCount, MaxInitialCapacity));
        for (var i = 0; i < (int)tensorCount; i++)
        {
            tables.Add(ReadTensorInfo(i));
        }

        var alignment = UsableAlignment(metadata);
        var dataOffset = (long)(((ulong)cursor.Position + alignment - 1) / alignment * alignment);
        var tensors = tables.Select(t => new GgufTensorInfo(t.Name, t.Type, t.Shape, t.Offset, dataOffset)).ToList();
        return new GgufFile(source, version, metadata, tensors, alignment, dataOffset, cursor.Length);
    }

    private void ReadMagic()
    {
        Visit(GgufReaderField.Magic, 4);
        Span<byte> magic = stackalloc byte[4];
        if (cursor.Remaining < 4)
        {
            Stop(GgufValidationProblemKind.BadMagic, $"the file is {cursor.Length} bytes long, too short to be GGUF (no \"GGUF\" magic)");
        }

        cursor.Fill(magic, "the magic");
        if (!magic.SequenceEqual("GGUF"u8))
        {
            Stop(GgufValidationProblemKind.BadMagic, $"the file starts with {Convert.ToHexString(magic)} instead of the \"GGUF\" magic (47475546); not a GGUF file", 0);
        }
    }

    private uint ReadVersion()
    {
        Visit(GgufReaderField.Version, 4);
        var version = cursor.ReadUInt32();
        if (version is 2 or 3)
        {
            return version;
        }

        var why = version switch
        {
            0 => "version 0 does not exist",
            1 => "GGUF version 1 (32-bit counts) is no longer read by llama.cpp",
            _ when (version & 0xFFFF) == 0 => $"version {version} looks like a big-endian file; only little-endian GGUF is supported",
            _ => $"version {version} is newer than the versions 2 and 3 this reader knows",
        };
        return Stop<uint>(GgufValidationProblemKind.UnsupportedVersion, why, 4);
    }

    private void CheckCounts(ulong tensorCount, ulong metadataCount)
    {
        var left = (UInt128)cursor.Remaining;
        var metadataBytes = (UInt128)metadataCount * MinMetadataEntryBytes;
        var tensorBytes = (UInt128)tensorCount * MinTensorInfoBytes;
        if (metadataBytes > left)
        {
            Stop(GgufValidationProblemKind.CountTooLarge, $"the header declares {metadataCount} metadata entries; they need at least {metadataBytes} bytes but only {left} remain", 16);
        }

        if (tensorBytes > left)
        {
            Stop(GgufValidationProblemKind.CountTooLarge, $"the header declares {tensorCount} tensors; their table needs at least {tensorBytes} bytes but only {left} remain", 8);
        }

        if (metadataCount > int.MaxValue || tensorCount > int.MaxValue)
        {
            Stop(GgufValidationProblemKind.CountTooLarge, $"the header declares {metadataCount} metadata entries and {tensorCount} tensors; more than {int.MaxValue} of either is not readable", 8);
        }

        if (metadataBytes + tensorBytes > left)
        {
            Stop(GgufValidationProblemKind.CountTooLarge, $"the header declares {metadataCount} metadata entries and {tensorCount} tensors; together they need at least {metadataBytes + tensorBytes} bytes but only {left} remain", 8);
        }
    }

    private GgufMetadataEntry ReadEntry(int index)
    {
        var offset = cursor.Position;
        var key = ReadString("the key of metadata entry {0}", index, key: null, mustBeValidUtf8: true);
        Visit(GgufReaderField.ValueType, 4);
        var type = cursor.ReadUInt32();
        var value = ReadValue((GgufValueType)type, key, depth: 0);
        return new GgufMetadataEntry(key, value, offset);
    }

    private GgufValue ReadValue(GgufValueType type, string key, int depth)
    {
        if (type != GgufValueType.Array && type != GgufValueType.String && ScalarWidth(type) > 0)
        {
            Visit(GgufReaderField.ScalarValue, ScalarWidth(type));
        }

        return type switch
        {
            GgufValueType.UInt8 => GgufValue.FromUInt8(cursor.ReadByte()),
            GgufValueType.Int8 => GgufValue.FromInt8(unchecked((sbyte)cursor.ReadByte())),
            GgufValueType.UInt16 => GgufValue.FromUInt16(cursor.ReadUInt16()),
            GgufValueType.Int16 => GgufValue.FromInt16(unchecked((short)cursor.ReadUInt16())),
            GgufValueType.UInt32 => GgufValue.FromUInt32(cursor.ReadUInt32()),
            GgufValueType.Int32 => GgufValue.FromInt32(unchecked((int)cursor.ReadUInt32())),
            GgufValueType.Float32 => GgufValue.FromFloat32(BitConverter.UInt32BitsToSingle(cursor.ReadUInt32())),
            GgufValueType.Bool => GgufValue.FromBool(cursor.ReadByte() != 0),
            GgufValueType.String => GgufValue.FromString(ReadString("the value of '{1}'", 0, key, mustBeValidUtf8: false)),
            GgufValueType.UInt64 => GgufValue.FromUInt64(cursor.ReadUInt64()),
            GgufValueType.Int64 => GgufValue.FromInt64(unchecked((long)cursor.ReadUInt64())),
            GgufValueType.Float64 => GgufValue.FromFloat64(BitConverter.UInt64BitsToDouble(cursor.ReadUInt64())),
            GgufValueType.Array => GgufValue.FromArray(ReadArray(key, depth + 1)),
            _ => Stop<GgufValue>(GgufValidationProblemKind.UnknownValueType, $"metadata '{key}' has value type {(uint)type}, which GGUF does not define", cursor.Position - 4),
        };
    }

    private GgufValueArray ReadArray(string key, int depth)
    {
        var start = cursor.Position;
        if (depth > MaxArrayDepth)
        {
            Stop(GgufValidationProblemKind.ArrayNestedTooDeep, $"metadata '{key}' nests arrays deeper than {MaxArrayDepth} levels", start);
        }

        Visit(GgufReaderField.ArrayElementType, 4);
        var elementType = (GgufValueType)cursor.ReadUInt32();
        Visit(GgufReaderField.ArrayLength, 8);
        var count = cursor.ReadUInt64();
        var minimumItemBytes = elementType switch
        {
            GgufValueType.String => 8,
            GgufValueType.Array => 12,
            _ => ScalarWidth(elementType),
        };
        if (minimumItemBytes == 0)
        {
            Stop(GgufValidationProblemKind.UnknownValueType, $"metadata '{key}' is an array of value type {(uint)elementType}, which GGUF does not define", start);
        }

        var needed = (UInt128)count * (uint)minimumItemBytes;
        if (needed > (ulong)cursor.Remaining)
        {
            Stop(GgufValidationProblemKind.ArrayTooLong, $"metadata '{key}' declares {count} {elementType} items, needing at least {needed} bytes, but only {cursor.Remaining} bytes remain", start + 4);
        }

        if (count > MaxArrayItems)
        {
            Stop(GgufValidationProblemKind.ArrayTooLong, $"metadata '{key}' declares {count} {elementType} items, more than the {MaxArrayItems} this reader accepts in one array", start + 4);
        }

        var n = (int)count;
        return elementType switch
        {
            GgufValueType.UInt8 => GgufValueArray.Of(cursor.ReadArray<byte>(n)),
            GgufValueType.Int8 => GgufValueArray.Of(cursor.ReadArray<sbyte>(n)),
            GgufValueType.UInt16 => GgufValueArray.Of(cursor.ReadArray<ushort>(n)),
            GgufValueType.Int16 => GgufValueArray.Of(cursor.ReadArray<short>(n)),
            GgufValueType.UInt32 => GgufValueArray.Of(cursor.ReadArray<uint>(n)),
            GgufValueType.Int32 => GgufValueArray.Of(cursor.ReadArray<int>(n)),
            GgufValueType.Float32 => GgufValueArray.Of(cursor.ReadArray<float>(n)),
            GgufValueType.Bool => GgufValueArray.Of(Array.ConvertAll(cursor.ReadArray<byte>(n), b => b != 0)),
            GgufValueType.UInt64 => GgufValueArray.Of(cursor.ReadArray<ulong>(n)),
            GgufValueType.Int64 => GgufValueArray.Of(cursor.ReadArray<long>(n)),
            GgufValueType.Float64 => GgufValueArray.Of(cursor.ReadArray<double>(n)),
            GgufValueType.String => GgufValueArray.Of(ReadStrings(key, n)),
            _ => GgufValueArray.Of(ReadNestedArrays(key, n, depth + 1)),
        };
    }

    // Variable-size items: the list grows with the bytes actually read, so a count that the file
    // cannot back is found out before it has been allocated for.
    private string[] ReadStrings(string key, int count)
    {
        var items = new List<string>(Math.Min(count, MaxInitialCapacity));
        for (var i = 0; i < count; i++)
        {
            items.Add(ReadString("item {0} of '{1}'", i, key, mustBeValidUtf8: false));
        }

        return [.. items];
    }

    private GgufValueArray[] ReadNestedArrays(string key, int count, int depth)
    {
        var items = new List<GgufValueArray>(Math.Min(count, MaxInitialCapacity));
        for (var i = 0; i < count; i++)
        {
            items.Add(ReadArray(key, depth));
        }

        return [.. items];
    }

    private (string Name, uint Type, ulong[] Shape, ulong Offset) ReadTensorInfo(int index)
    {
        var name = ReadString("the name of tensor {0}", index, key: null, mustBeValidUtf8: true);
        Visit(GgufReaderField.DimensionCount, 4);
        var dimensionCount = cursor.ReadUInt32();
        if (dimensionCount > 4)
        {
            Stop(GgufValidationProblemKind.TooManyDimensions, $"tensor '{name}' declares {dimensionCount} dimensions; ggml allows at most 4", cursor.Position - 4);
        }

        var shape = new ulong[dimensionCount];
        for (var d = 0; d < shape.Length; d++)
        {
            Visit(GgufReaderField.Dimension, 8);
            shape[d] = cursor.ReadUInt64();
        }

        Visit(GgufReaderField.TensorType, 4);
        var type = cursor.ReadUInt32();
        Visit(GgufReaderField.TensorOffset, 8);
        var offset = cursor.ReadUInt64();
        return (name, type, shape, offset);
    }

    // whatFormat names the string in messages ({0} the index, {1} the key); it is formatted only when
    // there is a problem, because a vocabulary has thousands of strings.
    private string ReadString(string whatFormat, int index, string? key, bool mustBeValidUtf8)
    {
        var start = cursor.Position;
        Visit(GgufReaderField.StringLength, 8);
        var length = cursor.ReadUInt64();
        if (length > (ulong)cursor.Remaining)
        {
            Stop(GgufValidationProblemKind.StringTooLong, $"{Describe(whatFormat, index, key)} declares a string of {length} bytes, but only {cursor.Remaining} bytes remain", start);
        }

        if (length > MaxStringBytes)
        {
            Stop(GgufValidationProblemKind.StringTooLong, $"{Describe(whatFormat, index, key)} declares a string of {length} bytes, more than the {MaxStringBytes} this reader accepts", start);
        }

        var size = (int)length;
        var rented = size > 256 ? ArrayPool<byte>.Shared.Rent(size) : null;
        try
        {
            var bytes = rented is null ? stackalloc byte[size] : rented.AsSpan(0, size);
            cursor.Fill(bytes, "string bytes");
            if (mustBeValidUtf8 && !Utf8.IsValid(bytes))
            {
                var shown = LenientUtf8.GetString(bytes);
                problems.Add(new GgufValidationProblem(source, GgufValidationProblemKind.InvalidUtf8, $"{Describe(whatFormat, index, key)} is not valid UTF-8 (read as \"{shown}\")", start));
                return shown;
            }

            return LenientUtf8.GetString(bytes);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<byte>.Shared.Return(rented);
            }
        }
    }

    private static string Describe(string whatFormat, int index, string? key) =>
        string.Format(CultureInfo.InvariantCulture, whatFormat, index, key);

    /// <summary>general.alignment when it is a u32 power of two (validation reports it otherwise), else the default.</summary>
    private static uint UsableAlignment(GgufMetadata metadata) =>
        metadata.TryGetValue(GgufKeys.Alignment, out var value) && value.Value is uint alignment && alignment != 0 && (alignment & (alignment - 1)) == 0
            ? alignment
            : GgufFile.DefaultAlignment;

    private static int ScalarWidth(GgufValueType type) => type switch
    {
        GgufValueType.UInt8 or GgufValueType.Int8 or GgufValueType.Bool => 1,
        GgufValueType.UInt16 or GgufValueType.Int16 => 2,
        GgufValueType.UInt32 or GgufValueType.Int32 or GgufValueType.Float32 => 4,
        GgufValueType.UInt64 or GgufValueType.Int64 or GgufValueType.Float64 => 8,
        _ => 0,
    };

    private void Visit(GgufReaderField field, int width) => visitor?.Invoke(field, cursor.Position, width);

    private void Stop(GgufValidationProblemKind kind, string detail, long? offset = null) => Stop<bool>(kind, detail, offset);

    private T Stop<T>(GgufValidationProblemKind kind, string detail, long? offset = null) =>
        throw new GgufReaderStopException(kind, detail, offset ?? cursor.Position);
}
