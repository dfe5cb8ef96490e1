using Llama2Validation.Harness.Reports.Charts;

namespace Llama2Validation.Tests.Correctness.Reports;

public sealed class LeastSquaresLineTests
{
    [Fact]
    public void Fit_RecoversAnExactLine()
    {
        var points = new[] { 100.0, 400, 900, 2000 }.Select(x => (x, 1.5 + (0.004 * x))).ToList();

        var fit = LeastSquaresLine.Fit(points)!;

        fit.Intercept.Should().BeApproximately(1.5, 1e-9);
        fit.Slope.Should().BeApproximately(0.004, 1e-12);
        fit.At(1000).Should().BeApproximately(5.5, 1e-9);
    }

    [Fact]
    public void Fit_MinimisesSquaredError_ForScatteredPoints()
    {
        // y = 1 + 2x with residuals +1, -1, -1, +1: the fit is the line itself.
        var fit = LeastSquaresLine.Fit([(0, 2), (1, 2), (2, 4), (3, 8)])!;

        fit.Slope.Should().BeApproximately(2, 1e-12);
        fit.Intercept.Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void Fit_IsNull_WhenTheLengthsDoNotVary()
    {
        LeastSquaresLine.Fit([(500, 3), (500, 4)]).Should().BeNull();
        LeastSquaresLine.Fit([(500, 3)]).Should().BeNull();
    }
}
