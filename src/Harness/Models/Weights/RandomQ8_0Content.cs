using System.Buffers.Binary;

namespace Llama2Validation.Harness.Models.Weights;

/// <summary>
/// Q8_0 blocks written directly: an f16 scale and 32 random signed bytes. Uniform bytes have a standard
/// deviation of about 73.9, so the nominal scale gives weights with the distribution's deviation.
/// </summary>
public sealed class RandomQ8_0Content(CounterRandom random) : Gguf.TensorContent
{
    private const int BlockBytes = 34;
    private const int WordsPerBlock = 5;
    private static readonly double NominalScale = WeightDistribution.StandardDeviation / 73.9;

    public override int Granule => BlockBytes;

    public override void Fill(long byteOffset, Span<byte> destination)
    {
        var firstBlock = (ulong)(byteOffset / BlockBytes);
        for (var block = 0; block < destination.Length / BlockBytes; block++)
        {
            var counter = (firstBlock + (ulong)block) * WordsPerBlock;
            var target = destination.Slice(block * BlockBytes, BlockBytes);
            BinaryPrimitives.WriteUInt16LittleEndian(target, WeightDistribution.JitteredScale(NominalScale, random.Word(counter)));
            for (var word = 0; word < 4; word++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(target[(2 + (word * 8))..], random.Word(counter + 1 + (ulong)word));
            }
        }
    }
}
