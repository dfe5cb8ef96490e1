using System.Buffers.Binary;

namespace Llama2Validation.Harness.Models.Weights;

/// <summary>
/// Q8_0 and Q4_0 blocks written directly, without quantising anything: an f16 scale and random quant
/// bytes. Every block draws its words from the counter-based generator at (block × words per block), so
/// any chunk of a tensor can be filled independently and in parallel.
/// </summary>
public sealed class RandomQuantBlocks : Gguf.TensorContent
{
    private readonly CounterRandom random;
    private readonly int blockBytes;
    private readonly int quantWords;
    private readonly ushort[] scales;

    private RandomQuantBlocks(CounterRandom random, int blockBytes, double quantStandardDeviation)
    {
        this.random = random;
        this.blockBytes = blockBytes;
        quantWords = (blockBytes - 2) / 8;
        scales = WeightDistribution.JitteredScales(WeightDistribution.StandardDeviation / quantStandardDeviation);
    }

    public override int Granule => blockBytes;

    /// <summary>32 random signed bytes: uniform bytes have a standard deviation of about 73.9.</summary>
    public static RandomQuantBlocks Q8_0(CounterRandom random) => new(random, 34, 73.9);

    /// <summary>32 random 4-bit values stored offset by 8, so each weight is (q − 8) × scale: about 4.61 scales of deviation.</summary>
    public static RandomQuantBlocks Q4_0(CounterRandom random) => new(random, 18, 4.61);

    public override void Fill(long byteOffset, Span<byte> destination)
    {
        var wordsPerBlock = (ulong)quantWords + 1;
        var firstBlock = (ulong)(byteOffset / blockBytes);
        for (var block = 0; block < destination.Length / blockBytes; block++)
        {
            var counter = (firstBlock + (ulong)block) * wordsPerBlock;
            var target = destination.Slice(block * blockBytes, blockBytes);
            BinaryPrimitives.WriteUInt16LittleEndian(target, scales[(int)(random.Word(counter) & 0xFF)]);
            for (var word = 0; word < quantWords; word++)
            {
                BinaryPrimitives.WriteUInt64LittleEndian(target[(2 + (word * 8))..], random.Word(counter + 1 + (ulong)word));
            }
        }
    }
}
