using System.Buffers.Binary;

namespace Llama2Validation.Harness.Models.Weights;

/// <summary>f16 weights: every 64-bit random word gives four values through the distribution's table.</summary>
public sealed class RandomF16Content(CounterRandom random) : Gguf.TensorContent
{
    public override int Granule => 8;

    public override void Fill(long byteOffset, Span<byte> destination)
    {
        var table = WeightDistribution.HalfTable;
        var first = (ulong)(byteOffset / Granule);
        for (var word = 0; word < destination.Length / Granule; word++)
        {
            var bits = random.Word(first + (ulong)word);
            var target = destination.Slice(word * Granule, Granule);
            BinaryPrimitives.WriteUInt16LittleEndian(target, table[(int)(bits & 0xFFFF)]);
            BinaryPrimitives.WriteUInt16LittleEndian(target[2..], table[(int)((bits >> 16) & 0xFFFF)]);
            BinaryPrimitives.WriteUInt16LittleEndian(target[4..], table[(int)((bits >> 32) & 0xFFFF)]);
            BinaryPrimitives.WriteUInt16LittleEndian(target[6..], table[(int)(bits >> 48)]);
        }
    }
}
