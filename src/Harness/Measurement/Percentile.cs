namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// <c>np.percentile(values, q)</c> with numpy's default method ("linear", since numpy 1.22), including its
/// two-sided interpolation, so results match to the last bit: the one percentile of the suite (ROUGE's
/// bootstrap intervals, latency and KL percentiles alike).
/// </summary>
public static class Percentile
{
    /// <summary>The <paramref name="percent"/>-th percentile of values in any order; 0 for no data (a latency nothing measured).</summary>
    public static double Of(IEnumerable<double> values, double percent)
    {
        var sorted = values.Order().ToArray();
        return sorted.Length == 0 ? 0 : OfSorted(sorted, percent);
    }

    /// <summary>The <paramref name="percent"/>-th percentile of values already sorted ascending.</summary>
    public static double OfSorted(ReadOnlySpan<double> sorted, double percent)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("The percentile of no values is undefined.", nameof(sorted));
        }

        ArgumentOutOfRangeException.ThrowIfLessThan(percent, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100);

        // numpy divides q by 100 first, then places it at (n - 1) * quantile.
        var quantile = percent / 100;
        var virtualIndex = (sorted.Length - 1) * quantile;
        var previous = Math.Clamp((int)Math.Floor(virtualIndex), 0, sorted.Length - 1);
        var next = Math.Min(previous + 1, sorted.Length - 1);
        var gamma = virtualIndex - previous;
        return Lerp(sorted[previous], sorted[next], gamma);
    }

    /// <summary>numpy's _lerp: from below when t &lt; 0.5, from above otherwise (keeps monotonicity).</summary>
    private static double Lerp(double below, double above, double t)
    {
        var difference = above - below;
        return t >= 0.5 ? above - (difference * (1 - t)) : below + (difference * t);
    }
}
