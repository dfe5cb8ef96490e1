using System.Buffers.Binary;

namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>
/// Makes one hostile input from a seed: one to four stacked mutations, most aimed at the header (where
/// the reader looks) and many at its structural fields (counts, lengths, types, dimensions, offsets).
/// Everything comes from the given <see cref="Random"/>, so an input is reproducible from its number.
/// </summary>
internal static class GgufMutator
{
    private const double HeaderBias = 0.9;

    private static readonly ulong[] InterestingIntegers =
    [
        0, 1, 2, 3, 4, 5, 7, 8, 9, 12, 13, 16, 24, 31, 32, 33, 63, 64, 255, 256, 4096,
        0x7F, 0x80, 0xFF, 0x7FFF, 0x8000, 0xFFFF, 0x1_0000,
        0x7FFF_FFFF, 0x8000_0000, 0xFFFF_FFFF, 0x1_0000_0000,
        0x7FFF_FFFF_FFFF_FFFF, 0x8000_0000_0000_0000, ulong.MaxValue, ulong.MaxValue - 1, 1UL << 60, 1UL << 62,
    ];

    private static readonly GgufMutation[] Mutations = Enum.GetValues<GgufMutation>();

    /// <summary>Returns the mutated bytes; <paramref name="applied"/> receives the mutations used.</summary>
    public static byte[] Mutate(GgufFuzzSeed seed, GgufFuzzSeed other, Random random, List<GgufMutation> applied)
    {
        var bytes = (byte[])seed.Bytes.Clone();
        var count = 1 + (random.Next(8) switch { < 4 => 0, < 6 => 1, 6 => 2, _ => 3 });
        for (var i = 0; i < count && bytes.Length > 0; i++)
        {
            var mutation = Mutations[random.Next(Mutations.Length)];
            applied.Add(mutation);
            bytes = Apply(mutation, bytes, seed, other, random);
        }

        return bytes;
    }

    private static byte[] Apply(GgufMutation mutation, byte[] bytes, GgufFuzzSeed seed, GgufFuzzSeed other, Random random)
    {
        switch (mutation)
        {
            case GgufMutation.BitFlip:
                for (var flips = 1 + random.Next(4); flips > 0; flips--)
                {
                    bytes[Position(bytes, seed, random)] ^= (byte)(1 << random.Next(8));
                }

                return bytes;
            case GgufMutation.ByteSet:
                bytes[Position(bytes, seed, random)] = random.Next(2) == 0 ? (byte)random.Next(256) : (byte)Interesting(random);
                return bytes;
            case GgufMutation.InterestingIntegerAtRandom:
                Write(bytes, Position(bytes, seed, random), random.Next(2) == 0 ? 4 : 8, Interesting(random, bytes.Length));
                return bytes;
            case GgufMutation.InterestingIntegerAtField:
                var field = Pick(seed.Landmarks, random);
                Write(bytes, field.Offset, field.Width, Interesting(random, bytes.Length));
                return bytes;
            case GgufMutation.FieldArithmetic:
                var nudged = Pick(seed.Landmarks, random);
                var delta = (ulong)(random.Next(1, 17) * (random.Next(2) == 0 ? 1 : -1));
                Write(bytes, nudged.Offset, nudged.Width, Read(bytes, nudged.Offset, nudged.Width) + delta);
                return bytes;
            case GgufMutation.FieldSwap:
                SwapFields(bytes, random.Next(2) == 0 ? seed.Words : seed.Quads, random);
                return bytes;
            case GgufMutation.StringCopy:
                CopyString(bytes, seed, random);
                return bytes;
            case GgufMutation.Truncation:
                return bytes[..Position(bytes, seed, random)];
            case GgufMutation.Insertion:
                var at = Position(bytes, seed, random);
                var inserted = new byte[1 + random.Next(random.Next(2) == 0 ? 8 : 64)];
                random.NextBytes(inserted);
                return [.. bytes.AsSpan(0, at), .. inserted, .. bytes.AsSpan(at)];
            case GgufMutation.Deletion:
                var from = Position(bytes, seed, random);
                var length = Math.Min(1 + random.Next(random.Next(2) == 0 ? 8 : 64), bytes.Length - from);
                return [.. bytes.AsSpan(0, from), .. bytes.AsSpan(from + length)];
            default:
                var cut = Position(bytes, seed, random);
                var resume = Math.Min(random.Next(other.HeaderEnd), other.Bytes.Length);
                return [.. bytes.AsSpan(0, cut), .. other.Bytes.AsSpan(resume)];
        }
    }

    /// <summary>A position in the bytes, usually inside the header as the seed laid it out.</summary>
    private static int Position(byte[] bytes, GgufFuzzSeed seed, Random random)
    {
        var limit = random.NextDouble() < HeaderBias ? Math.Min(seed.HeaderEnd, bytes.Length) : bytes.Length;
        return random.Next(Math.Max(limit, 1));
    }

    private static ulong Interesting(Random random, long fileLength = 0)
    {
        // Now and then, values tied to this input's length: the lengths that are one past the end.
        return random.Next(8) switch
        {
            0 when fileLength > 0 => (ulong)fileLength + (ulong)random.Next(-2, 3),
            1 => (ulong)random.NextInt64(),
            _ => InterestingIntegers[random.Next(InterestingIntegers.Length)],
        };
    }

    private static GgufLandmark Pick(GgufLandmark[] landmarks, Random random) =>
        landmarks.Length == 0 ? new GgufLandmark(GgufReaderField.Magic, 0, 4) : landmarks[random.Next(landmarks.Length)];

    private static void SwapFields(byte[] bytes, GgufLandmark[] sameWidth, Random random)
    {
        if (sameWidth.Length < 2)
        {
            return;
        }

        var a = Pick(sameWidth, random);
        var b = Pick(sameWidth, random);
        var valueA = Read(bytes, a.Offset, a.Width);
        Write(bytes, a.Offset, a.Width, Read(bytes, b.Offset, b.Width));
        Write(bytes, b.Offset, b.Width, valueA);
    }

    /// <summary>Copies one string's content over another of equal length, keeping the structure intact.</summary>
    private static void CopyString(byte[] bytes, GgufFuzzSeed seed, Random random)
    {
        if (seed.Strings.Length < 2)
        {
            return;
        }

        var target = Pick(seed.Strings, random);
        var targetLength = Read(bytes, target.Offset, 8);

        // Try a few candidates: equal lengths are common among tokens, rarer among keys.
        for (var attempt = 0; attempt < 16; attempt++)
        {
            var source = Pick(seed.Strings, random);
            if (source.Offset != target.Offset && Read(bytes, source.Offset, 8) == targetLength && targetLength < 4096
                && source.Offset + 8 + (long)targetLength <= bytes.Length && target.Offset + 8 + (long)targetLength <= bytes.Length)
            {
                bytes.AsSpan(source.Offset + 8, (int)targetLength).CopyTo(bytes.AsSpan(target.Offset + 8));
                return;
            }
        }
    }

    private static ulong Read(byte[] bytes, int offset, int width)
    {
        if (offset + width > bytes.Length)
        {
            return 0;
        }

        var span = bytes.AsSpan(offset, width);
        return width switch
        {
            1 => span[0],
            2 => BinaryPrimitives.ReadUInt16LittleEndian(span),
            4 => BinaryPrimitives.ReadUInt32LittleEndian(span),
            _ => BinaryPrimitives.ReadUInt64LittleEndian(span),
        };
    }

    private static void Write(byte[] bytes, int offset, int width, ulong value)
    {
        // Values wider than the field keep their low bytes, as a C cast would.
        width = Math.Min(width, bytes.Length - offset);
        Span<byte> encoded = stackalloc byte[8];
        BinaryPrimitives.WriteUInt64LittleEndian(encoded, value);
        if (width > 0)
        {
            encoded[..width].CopyTo(bytes.AsSpan(offset));
        }
    }
}
