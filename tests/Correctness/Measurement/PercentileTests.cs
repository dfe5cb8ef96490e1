using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.Measurement;

public sealed class PercentileTests
{
    [Theory]
    [InlineData(50, 2.5)]
    [InlineData(90, 3.7)]
    [InlineData(0, 1)]
    [InlineData(100, 4)]
    public void Of_InterpolatesLikeNumpy(double percent, double expected) =>
        Percentile.Of([4, 1, 3, 2], percent).Should().BeApproximately(expected, 1e-12);

    [Fact]
    public void Of_NoData_IsZero() => Percentile.Of([], 90).Should().Be(0);
}
