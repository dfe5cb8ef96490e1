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

    /// <summary>Block scale in f16 bits: the nominal scale jittered by ±25 % from 16 random bits.</summary>
    public static ushort JitteredScale(double nominal, ulong randomBits)
    {
        var jitter = 0.75 + (0.5 * ((randomBits & 0xFFFF) / 65535.0));
        return BitConverter.HalfToUInt16Bits((Half)(nominal * jitter));
    }
}
