using Llama2Validation.Engine.Generation;

namespace Llama2Validation.Tests.Correctness.Running;

public sealed class FullMicroBatchTests
{
    /// <summary>
    /// The uniform workload (100 prompts of 529 tokens, n_ubatch 2048) needs ceil(52,900 / 2,048) = 26
    /// micro-batches. Chunks of n_batch tokens taken slot after slot, as llama.cpp's batched-bench submits
    /// them, are cut into 45 by llama.cpp; one slot per call would take 100.
    /// </summary>
    [Fact]
    public void Equal_prompts_drain_in_as_few_micro_batches_as_their_tokens_allow()
    {
        var chunks = Drain(Enumerable.Repeat(529, 100).ToArray(), microBatch: 2048);

        chunks.Should().HaveCount(26);
        chunks.Should().OnlyContain(c => c.Tokens <= 2048);
    }

    [Fact]
    public void Ragged_prompts_are_submitted_whole_and_never_above_the_micro_batch()
    {
        var random = new Random(7);
        var prompts = Enumerable.Range(0, 100).Select(_ => random.Next(1, 3600)).ToArray();

        var chunks = Drain(prompts, microBatch: 2048);

        chunks.Sum(c => c.Tokens).Should().Be(prompts.Sum());
        chunks.Should().OnlyContain(c => c.Tokens <= 2048 && c.TokensEach > 0);
    }

    [Fact]
    public void A_chunk_starts_at_the_lowest_waiting_slot_and_stops_at_a_slot_with_nothing_waiting()
    {
        var chunk = FullMicroBatch.Next([0, 300, 200, 0, 900], microBatch: 2048);

        chunk.Should().Be(new FullMicroBatch.Chunk(FirstSlot: 1, Slots: 2, TokensEach: 200));
    }

    [Fact]
    public void A_long_prompt_alone_fills_the_micro_batch()
    {
        FullMicroBatch.Next([3597, 56], microBatch: 2048).Should().Be(new FullMicroBatch.Chunk(0, 1, 2048));
    }

    [Fact]
    public void Nothing_waiting_gives_no_chunk()
    {
        FullMicroBatch.Next([0, 0], microBatch: 512).Should().BeNull();
    }

    private static List<FullMicroBatch.Chunk> Drain(int[] prompts, int microBatch)
    {
        var waiting = (int[])prompts.Clone();
        var chunks = new List<FullMicroBatch.Chunk>();
        while (FullMicroBatch.Next(waiting, microBatch) is { } chunk)
        {
            chunk.FirstSlot.Should().Be(Array.FindIndex(waiting, w => w > 0));
            for (var slot = chunk.FirstSlot; slot < chunk.FirstSlot + chunk.Slots; slot++)
            {
                waiting[slot] -= chunk.TokensEach;
                waiting[slot].Should().BeGreaterThanOrEqualTo(0);
            }

            chunks.Add(chunk);
        }

        return chunks;
    }
}
