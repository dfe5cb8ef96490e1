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

    [Theory]
    // np.percentile([1, 2, 3, 4], 50) = 2.5: index 1.5 between 2 and 3.
    [InlineData(new[] { 1.0, 2, 3, 4 }, 50, 2.5)]
    // Index 0.25 · 3 = 0.75: 1 + 0.75 · (2 - 1) = 1.75.
    [InlineData(new[] { 1.0, 2, 3, 4 }, 25, 1.75)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 0, 1.0)]
    [InlineData(new[] { 1.0, 2, 3, 4 }, 100, 4.0)]
    [InlineData(new[] { 7.0 }, 97.5, 7.0)]
    // Index 0.975 · 1 = 0.975 ≥ 0.5, interpolated from above: 10 - 10 · 0.025 = 9.75.
    [InlineData(new[] { 0.0, 10 }, 97.5, 9.75)]
    public void OfSorted_InterpolatesLinearly(double[] sorted, double percent, double expected) =>
        Percentile.OfSorted(sorted, percent).Should().BeApproximately(expected, 1e-12);

    [Fact]
    public void OfSorted_InterpolatesFromTheNearerEnd()
    {
        // numpy's _lerp computes b - (b - a)(1 - t) for t ≥ 0.5, so equal neighbours give exactly that value
        // and the result never leaves [a, b] even in rounding.
        var sorted = new[] { 0.1, 0.3 };
        var high = Percentile.OfSorted(sorted, 97.5);

        high.Should().Be(0.3 - ((0.3 - 0.1) * (1 - 0.975)));
        high.Should().BeInRange(0.1, 0.3);
    }

    [Fact]
    public void OfSorted_NoValues_Throws() =>
        FluentActions.Invoking(() => Percentile.OfSorted([], 50)).Should().Throw<ArgumentException>();
}
