using Llama2Validation.Harness.Comparison;

namespace Llama2Validation.Tests.Correctness.Comparison;

public sealed class PairedRatioTests
{
    private static PairedRatio Of(params double[] ratios) => new() { Figure = "docs/s", Ratios = ratios, Delta = 0.05 };

    [Fact]
    public void Pairs_that_agree_within_a_percent_pass()
    {
        var figure = Of(1.004, 0.995, 1.010, 0.992, 1.001, 0.998, 1.006, 0.997);

        figure.Verdict.Should().Be(ComparisonVerdict.Pass);
        figure.Lower.Should().BeGreaterThan(0.99);
    }

    [Fact]
    public void A_steady_five_percent_slowdown_is_regressed()
    {
        var figure = Of(0.951, 0.946, 0.955, 0.948, 0.952, 0.949, 0.953, 0.947);

        figure.Verdict.Should().Be(ComparisonVerdict.Regressed);
        figure.Estimate.Should().BeApproximately(0.950, 0.002);
        figure.ToString().Should().Contain("REGRESSED by 5.0%");
    }

    [Fact]
    public void Nothing_is_decided_before_the_minimum_pairs_however_clear()
    {
        var figure = Of(0.90, 0.90, 0.90, 0.90, 0.90, 0.90, 0.90);

        figure.Verdict.Should().Be(ComparisonVerdict.Inconclusive);
        figure.ToString().Should().Contain("8 pairs at least before a decision");
    }

    [Fact]
    public void Scattered_pairs_are_inconclusive_and_say_how_many_pairs_would_decide()
    {
        var figure = Of(1.10, 0.90, 1.05, 0.93, 1.08, 0.88, 1.02, 0.95);

        figure.Verdict.Should().Be(ComparisonVerdict.Inconclusive);
        figure.PairsToDecide.Should().BeGreaterThan(8);
        figure.ToString().Should().Contain($"about {figure.PairsToDecide} pairs would decide");
    }

    [Fact]
    public void A_slowdown_between_none_and_delta_needs_more_pairs_than_either()
    {
        var test = new SequentialTest();
        double[] none = [0.02, -0.02, 0.01, -0.01, 0.02, -0.02, 0.01, -0.01];
        double[] half = [.. none.Select(x => x + Math.Log(0.975))];

        test.Decide(none, 0.05).Should().Be(ComparisonVerdict.Pass);
        test.Decide(half, 0.05).Should().Be(ComparisonVerdict.Inconclusive);
    }

    [Fact]
    public void The_interval_is_the_t_interval_of_the_log_ratios()
    {
        // log ratios ±0.01 around 0: sd = 0.01·sqrt(4/3), half-width = t(3)·sd/2.
        var figure = Of(Math.Exp(0.01), Math.Exp(-0.01), Math.Exp(0.01), Math.Exp(-0.01));
        var halfWidth = 2.353 * 0.01 * Math.Sqrt(4.0 / 3) / 2;

        figure.Lower.Should().BeApproximately(Math.Exp(-halfWidth), 1e-9);
        figure.Upper.Should().BeApproximately(Math.Exp(halfWidth), 1e-9);
    }

    [Theory]
    [InlineData(1, 6.314)]
    [InlineData(7, 1.895)]
    [InlineData(30, 1.697)]
    [InlineData(35, 1.697)]
    [InlineData(1000, 1.658)]
    public void StudentT_never_narrows_between_table_rows(int degreesOfFreedom, double quantile)
    {
        StudentT.OneSided95(degreesOfFreedom).Should().Be(quantile);
    }
}
