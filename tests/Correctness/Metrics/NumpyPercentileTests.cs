using Llama2Validation.Harness.Metrics;

namespace Llama2Validation.Tests.Correctness.Metrics;

public sealed class NumpyPercentileTests
{
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
        NumpyPercentile.OfSorted(sorted, percent).Should().BeApproximately(expected, 1e-12);

    [Fact]
    public void OfSorted_InterpolatesFromTheNearerEnd()
    {
        // numpy's _lerp computes b - (b - a)(1 - t) for t ≥ 0.5, so equal neighbours give exactly that value
        // and the result never leaves [a, b] even in rounding.
        var sorted = new[] { 0.1, 0.3 };
        var high = NumpyPercentile.OfSorted(sorted, 97.5);

        high.Should().Be(0.3 - ((0.3 - 0.1) * (1 - 0.975)));
        high.Should().BeInRange(0.1, 0.3);
    }

    [Fact]
    public void OfSorted_NoValues_Throws() =>
        FluentActions.Invoking(() => NumpyPercentile.OfSorted([], 50)).Should().Throw<ArgumentException>();
}
