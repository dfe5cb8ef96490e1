using System.Buffers.Binary;

namespace Llama2Validation.Harness.Models.Weights;

/// <summary>
/// Q4_0 blocks written directly: an f16 scale and 32 random 4-bit values (stored offset by 8, so each
/// weight is (q - 8) * scale with a standard deviation of about 4.61 scales).
/// </summary>
public sealed class RandomQ4_0Content(CounterRandom random) : Gguf.TensorContent
{
    private const int BlockBytes = 18;
    private const int WordsPerBlock = 3;
    private static readonly double NominalScale = WeightDistribution.StandardDeviation / 4.61;

    public override int Granule => BlockBytes;

    public override void Fill(long byteOffset, Span<byte> destination)
    {
        var firstBlock = (ulong)(byteOffset / BlockBytes);
        for (var block = 0; block < destination.Length / BlockBytes; block++)
        {
            var counter = (firstBlock + (ulong)block) * WordsPerBlock;
            var target = destination.Slice(block * BlockBytes, BlockBytes);
            BinaryPrimitives.WriteUInt16LittleEndian(target, WeightDistribution.JitteredScale(NominalScale, random.Word(counter)));
            BinaryPrimitives.WriteUInt64LittleEndian(target[2..], random.Word(counter + 1));
            BinaryPrimitives.WriteUInt64LittleEndian(target[10..], random.Word(counter + 2));
        }
    }
}
