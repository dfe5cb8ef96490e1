namespace Llama2Validation.Harness.Measurement;

/// <summary>The centre and spread of repeated measurements of one figure.</summary>
public static class Spread
{
    /// <summary>The middle value (the mean of the two middle ones for an even count); NaN for none.</summary>
    public static double Median(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count == 0)
        {
            return double.NaN;
        }

        var sorted = values.Order().ToArray();
        var middle = sorted.Length / 2;
        return sorted.Length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /// <summary>(max − min) / median of the values; 0 for fewer than two.</summary>
    public static double Relative(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count < 2)
        {
            return 0;
        }

        var median = Median(values);
        return median == 0 ? 0 : (values.Max() - values.Min()) / Math.Abs(median);
    }

    /// <summary>
    /// The distribution-free lower confidence bound of the median: the k-th smallest value, k the largest rank
    /// with P(Binomial(n, ½) &lt; k) ≤ <paramref name="alpha"/>; NaN when even the smallest value is not that sure.
    /// </summary>
    public static double MedianLowerBound(IReadOnlyList<double> values, double alpha)
    {
        ArgumentNullException.ThrowIfNull(values);
        var n = values.Count;
        var sorted = values.Order().ToArray();
        // P(fewer than k of n values lie below the median) = P(Binomial(n, ½) < k), summed up term by term.
        double below = 0, term = Math.Pow(0.5, n);
        var rank = 0;
        for (var k = 0; k < n; k++)
        {
            below += term;
            if (below > alpha)
            {
                break;
            }

            rank = k + 1;
            term *= (double)(n - k) / (k + 1);
        }

        return rank == 0 ? double.NaN : sorted[rank - 1];
    }
}
