using System.Collections.Immutable;
using System.Text;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>Encodes the GGUF v3 header (magic, counts, metadata, tensor infos), little-endian.</summary>
internal static class GgufHeaderEncoder
{
    public const uint Magic = 0x46554747; // "GGUF" read as a little-endian uint32
    public const uint Version = 3;

    public static byte[] Encode(GgufWritePlan plan, ImmutableArray<long> tensorOffsets)
    {
        using var buffer = new MemoryStream();
        using (var writer = new BinaryWriter(buffer, new UTF8Encoding(false), leaveOpen: true))
        {
            writer.Write(Magic);
            writer.Write(Version);
            writer.Write((ulong)plan.Tensors.Length);
            writer.Write((ulong)plan.Metadata.Length);
            foreach (var entry in plan.Metadata)
            {
                WriteString(writer, entry.Key);
                writer.Write((uint)entry.Value.Type);
                WriteValue(writer, entry.Value);
            }

            for (var index = 0; index < plan.Tensors.Length; index++)
            {
                var tensor = plan.Tensors[index];
                WriteString(writer, tensor.Name);
                writer.Write((uint)tensor.Dimensions.Length);
                foreach (var dimension in tensor.Dimensions)
                {
                    writer.Write((ulong)dimension);
                }

                writer.Write((uint)tensor.Type);
                writer.Write((ulong)tensorOffsets[index]);
            }
        }

        return buffer.ToArray();
    }

    private static void WriteValue(BinaryWriter writer, GgufValue value)
    {
        switch (value.Payload)
        {
            case uint number: writer.Write(number); break;
            case int number: writer.Write(number); break;
            case ulong number: writer.Write(number); break;
            case float number: writer.Write(number); break;
            case bool flag: writer.Write((byte)(flag ? 1 : 0)); break;
            case string text: WriteString(writer, text); break;
            case ImmutableArray<string> strings:
                WriteArrayHeader(writer, GgufValueType.String, strings.Length);
                foreach (var text in strings)
                {
                    WriteString(writer, text);
                }

                break;
            case ImmutableArray<float> floats:
                WriteArrayHeader(writer, GgufValueType.Float32, floats.Length);
                foreach (var number in floats)
                {
                    writer.Write(number);
                }

                break;
            case ImmutableArray<int> ints:
                WriteArrayHeader(writer, GgufValueType.Int32, ints.Length);
                foreach (var number in ints)
                {
                    writer.Write(number);
                }

                break;
            default:
                throw new NotSupportedException($"Cannot encode a metadata payload of type {value.Payload.GetType().Name}.");
        }
    }

    private static void WriteArrayHeader(BinaryWriter writer, GgufValueType elementType, int count)
    {
        writer.Write((uint)elementType);
        writer.Write((ulong)count);
    }

    private static void WriteString(BinaryWriter writer, string text)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        writer.Write((ulong)bytes.Length);
        writer.Write(bytes);
    }
}
