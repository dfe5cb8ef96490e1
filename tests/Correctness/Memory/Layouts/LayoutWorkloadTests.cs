using Llama2Validation.Harness.Memory.Layouts;

namespace Llama2Validation.Tests.Correctness.Memory.Layouts;

/// <summary>Where a workload's slots can split: at each document length, longest first.</summary>
public sealed class LayoutWorkloadTests
{
    [Fact]
    public void W100_splits_at_each_of_its_long_documents_and_at_the_95_short_ones()
    {
        var splits = LayoutWorkload.W100.Splits();

        splits.Should().Equal(
            new LayoutSplit(3840, 100, 0),
            new LayoutSplit(2048, 99, 1),
            new LayoutSplit(1792, 98, 2),
            new LayoutSplit(1792, 97, 3),
            new LayoutSplit(1536, 96, 4),
            new LayoutSplit(1280, 95, 5));
    }

    [Fact]
    public void A_uniform_workload_has_one_context_and_no_overflow()
    {
        LayoutWorkload.Uniform.Splits().Should().Equal(new LayoutSplit(768, 100, 0));
    }
}
