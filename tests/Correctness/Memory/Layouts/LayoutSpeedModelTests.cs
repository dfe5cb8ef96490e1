using Llama2Validation.Harness.Memory.Layouts;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Memory.Layouts;

/// <summary>The speed model against the W100 runs it was fitted to: it must order them as they measured.</summary>
public sealed class LayoutSpeedModelTests
{
    private const double Q4OfF16 = 0.28;

    private static double Split(WeightType weights, KvCacheType kv) =>
        LayoutSpeedModel.Relative(weights, kv, 100, 100, overflow: true, weights == WeightType.F16 ? 1 : Q4OfF16);

    [Fact]
    public void It_orders_issue_38s_H100_probe_as_measured()
    {
        // Measured back to back on one H100: 12.41, 11.06, 10.30, 9.84 docs/s.
        var f16Q8Split = Split(WeightType.F16, KvCacheType.Q8_0);
        var q4F16Split = Split(WeightType.Q4_0, KvCacheType.F16);
        var q4Q8Split = Split(WeightType.Q4_0, KvCacheType.Q8_0);
        var q4Q8Uniform64 = LayoutSpeedModel.Relative(WeightType.Q4_0, KvCacheType.Q8_0, 64, 100, overflow: false, Q4OfF16);

        new[] { f16Q8Split, q4F16Split, q4Q8Split, q4Q8Uniform64 }.Should().BeInDescendingOrder();
        (f16Q8Split / q4Q8Split).Should().BeApproximately(12.41 / 10.30, 0.05);
        (q4F16Split / q4Q8Split).Should().BeApproximately(11.06 / 10.30, 0.05);
    }

    [Fact]
    public void It_ranks_the_H200s_split_above_its_one_context_layouts_as_measured()
    {
        var split = Split(WeightType.F16, KvCacheType.F16);
        var oneQ8Context = LayoutSpeedModel.Relative(WeightType.F16, KvCacheType.Q8_0, 100, 100, overflow: false, 1);
        var sixtyFourLongSlots = LayoutSpeedModel.Relative(WeightType.F16, KvCacheType.F16, 64, 100, overflow: false, 1);

        split.Should().BeGreaterThan(oneQ8Context).And.BeGreaterThan(sixtyFourLongSlots);
        (split / oneQ8Context).Should().BeApproximately(15.89 / 15.53, 0.02);
        (sixtyFourLongSlots / split).Should().BeApproximately(0.99, 0.02);
    }

    [Fact]
    public void Fewer_documents_at_once_are_slower_as_the_H200s_continuous_refill_measured()
    {
        // Step 1 on an H200: 100 slots q8_0 13.44, 48 slots F16 13.01, 32 slots F16 12.25 docs/s.
        var hundred = LayoutSpeedModel.Relative(WeightType.F16, KvCacheType.Q8_0, 100, 100, overflow: false, 1);
        var fortyEight = LayoutSpeedModel.Relative(WeightType.F16, KvCacheType.F16, 48, 100, overflow: false, 1);
        var thirtyTwo = LayoutSpeedModel.Relative(WeightType.F16, KvCacheType.F16, 32, 100, overflow: false, 1);

        (fortyEight / hundred).Should().BeApproximately(13.01 / 13.44, 0.03);
        (thirtyTwo / hundred).Should().BeApproximately(12.25 / 13.44, 0.03);
    }
}
