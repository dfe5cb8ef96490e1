namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>y = Intercept + Slope · x, fitted by ordinary least squares.</summary>
public sealed record LeastSquaresLine(double Intercept, double Slope)
{
    public double At(double x) => Intercept + (Slope * x);

    /// <summary>Null when the points cannot define a line (fewer than two distinct x values).</summary>
    public static LeastSquaresLine? Fit(IReadOnlyList<(double X, double Y)> points)
    {
        ArgumentNullException.ThrowIfNull(points);
        if (points.Count < 2)
        {
            return null;
        }

        var meanX = points.Average(p => p.X);
        var meanY = points.Average(p => p.Y);
        var sxx = points.Sum(p => (p.X - meanX) * (p.X - meanX));
        if (sxx <= 0)
        {
            return null;
        }

        var sxy = points.Sum(p => (p.X - meanX) * (p.Y - meanY));
        var slope = sxy / sxx;
        return new LeastSquaresLine(meanY - (slope * meanX), slope);
    }
}
