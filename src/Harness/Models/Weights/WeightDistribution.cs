namespace Llama2Validation.Harness.Models.Weights;

/// <summary>
/// The spread of generated weights: uniform with a small standard deviation, like an initialised
/// network, so activations through dozens of layers stay finite in f16. Uniform rather than normal
/// because it needs only exact arithmetic, which gives the same bits on every machine.
/// </summary>
public static class WeightDistribution
{
    public const double StandardDeviation = 0.02;

    /// <summary>Half-width of the uniform interval with <see cref="StandardDeviation"/>.</summary>
    public static double HalfWidth { get; } = StandardDeviation * Math.Sqrt(3);

    /// <summary>f16 bit patterns of 65536 evenly spaced values over the interval, indexed by 16 random bits.</summary>
    internal static ushort[] HalfTable => Table.Value;

    private static readonly Lazy<ushort[]> Table = new(() =>
    {
        var table = new ushort[1 << 16];
        for (var index = 0; index < table.Length; index++)
        {
            var value = ((((index + 0.5) / table.Length) * 2) - 1) * HalfWidth;
            table[index] = BitConverter.HalfToUInt16Bits((Half)value);
        }

        return table;
    });

    /// <summary>
    /// 256 block scales in f16 bits: the nominal scale jittered evenly over ±25 %, so blocks differ like
    /// real ones do. A table, because converting to f16 per block would dominate the generation time.
    /// </summary>
    internal static ushort[] JitteredScales(double nominal)
    {
        var scales = new ushort[256];
        for (var index = 0; index < scales.Length; index++)
        {
            var jitter = 0.75 + (0.5 * index / (scales.Length - 1));
            scales[index] = BitConverter.HalfToUInt16Bits((Half)(nominal * jitter));
        }

        return scales;
    }
}
