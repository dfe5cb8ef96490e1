using Llama2Validation.Engine.Generation;

namespace Llama2Validation.Tests.Correctness.Generation;

/// <summary>
/// The decode step's split into micro-batches. The shapes are the generated 7B's on the seed's W100:
/// F16 weights (13.5 GB) and a q8_0 KV cache (278,528 bytes a cell), slots of 3,840 cells.
/// </summary>
public sealed class DecodeGroupsTests
{
    private const long F16Weights = 13_478_000_000;
    private const long Q8KvBytesPerCell = 278_528;
    private static readonly DecodeGroups Groups = new(F16Weights, Q8KvBytesPerCell, slotCells: 3840);

    [Fact]
    public void Sequences_of_equal_length_share_one_micro_batch() =>
        Groups.Split(Ids(100), [.. Enumerable.Repeat(640, 100)]).Should().Equal((0, 100));

    [Fact]
    public void A_few_long_documents_decode_apart_from_a_hundred_short_ones()
    {
        // Together, every short sequence would read 3,840 cells a step: 100 × 3,840 × 278,528 B ≈ 107 GB,
        // where apart they read 5 × 3,840 + 95 × 768 cells plus the weights once more: about 54 GB.
        int[] cells = [3700, 3650, 3600, 3550, 3500, .. Enumerable.Repeat(700, 95)];

        Groups.Split(Ids(100), cells).Should().Equal((0, 5), (5, 95));
    }

    [Fact]
    public void Reading_the_weights_again_costs_more_than_a_little_padding_saves() =>
        Groups.Split(Ids(4), [1000, 900, 800, 700]).Should().Equal((0, 4));

    [Fact]
    public void Sequences_whose_ids_are_not_consecutive_never_share_a_group()
    {
        // llama.cpp would cut the micro-batch at the gap anyway; a group across it would mislead the cost.
        Groups.Split([0, 1, 2, 7, 8], [.. Enumerable.Repeat(500, 5)]).Should().Equal((0, 3), (3, 2));
    }

    [Fact]
    public void A_single_sequence_is_one_group() => Groups.Split([3], [100]).Should().Equal((0, 1));

    private static int[] Ids(int count) => [.. Enumerable.Range(0, count)];
}
