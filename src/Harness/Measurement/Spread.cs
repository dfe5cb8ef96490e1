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
}
