using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.Baselines;

/// <summary>
/// A strategy that exists to be faster than its reference must show it in every run, whatever its pooled floor
/// allows: the committed 8-bit floor is 0.901, so 8-bit running on F16 weights (a ratio near 1) would pass it.
/// The groups are l2v bench's, measured on 2026-12-08 on CI's kind of machine with three jobs beside it.
/// </summary>
public sealed class SpeedRatioPromiseTests
{
    private static readonly SpeedRatio EightBit = CpuSpeedRatios.All.Single(r => r.Strategy == "8-bit");

    // 8-bit / default, one l2v bench run (load about 20): median 1.147.
    private static readonly double[] EightBitGroups = [1.153, 1.149, 1.127, 1.120, 1.187, 1.120, 1.135, 1.165, 1.053, 1.159, 1.179, 1.145, 1.180, 1.127, 1.140, 1.150];

    // default / reference-loop in the same run: two sides doing nearly the same work, so what a ratio of 1 looks like.
    private static readonly double[] SameWorkGroups = [0.987, 0.989, 0.992, 1.008, 0.933, 0.966, 0.996, 0.980, 1.013, 0.969, 0.974, 1.082, 0.955, 1.011, 0.990, 0.987];

    private static readonly BaselineEntry Approved = new()
    {
        HardwareClass = "CPU",
        Strategy = "8-bit",
        Model = CpuSpeedRatios.ModelIdentity,
        Throughput = new ThroughputFloors
        {
            // The committed floor: 1.145 less 21.2%, 0.901.
            SpeedRatio = new MeasuredFigure { Recorded = 1.145, RelativeSpread = 0.106, Repeats = 10, Tolerance = 0.212 },
            SpeedRatioReference = "default",
        },
    };

    private static readonly RunKey Key = new("CPU", "8-bit", CpuSpeedRatios.ModelIdentity);

    [Fact]
    public void A_faster_strategy_passes_its_floor_and_its_promise()
    {
        var outcome = SpeedRatioValidator.Validate(Key, Approved, new RatioMeasurement(EightBit, EightBitGroups));

        outcome.Violations.Should().BeEmpty();
        outcome.Checked.Should().Be(2);
    }

    [Fact]
    public void A_ratio_near_one_passes_the_pooled_floor_but_breaks_the_promise()
    {
        var outcome = SpeedRatioValidator.Validate(Key, Approved, new RatioMeasurement(EightBit, SameWorkGroups));

        Spread.Median(SameWorkGroups).Should().BeGreaterThan(0.901, "the pooled floor alone would pass it");
        outcome.Violations.Should().ContainSingle().Which.Figure.Should().Be("speed-up");
        outcome.Violations[0].Message.Should().Contain("no longer faster than default").And.Contain("0.974");
    }

    [Fact]
    public void The_reference_loop_ratio_promises_nothing()
    {
        CpuSpeedRatios.All.Where(r => !r.PromisesSpeedUp).Select(r => r.Strategy).Should().Equal("default");
    }

    [Theory]
    [InlineData(16, 5)]
    [InlineData(10, 2)]
    [InlineData(8, 2)]
    [InlineData(5, 1)]
    public void The_median_bound_is_the_rank_a_binomial_gives_95_percent(int groups, int rank)
    {
        double[] values = [.. Enumerable.Range(1, groups).Select(i => (double)i)];

        Spread.MedianLowerBound(values, 0.05).Should().Be(rank);
    }

    [Fact]
    public void Too_few_groups_give_no_bound_and_so_no_promise_kept()
    {
        Spread.MedianLowerBound([1.2, 1.3, 1.25, 1.22], 0.05).Should().Be(double.NaN);
    }
}
