using System.Globalization;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Reports;

/// <summary>How figures read in every table and chart label (invariant culture, fixed precision).</summary>
public static class ReportFormat
{
    public const string NotAvailable = "n/a";

    public const string SyntheticWeights = "n/a — synthetic weights";

    private const double BytesPerGibibyte = 1024d * 1024 * 1024;

    /// <summary>Three decimals below 10 (the seed's 0.055 docs/s must not read as 0.1), one above.</summary>
    public static string Rate(double value) =>
        value.ToString(Math.Abs(value) < 10 ? "0.000" : "0.0", CultureInfo.InvariantCulture);

    public static string TokensPerSecond(double value) => value.ToString("0.0", CultureInfo.InvariantCulture);

    public static string Seconds(double value) =>
        value.ToString(Math.Abs(value) < 10 ? "0.00" : "0.0", CultureInfo.InvariantCulture);

    public static string Score(double value) => value.ToString("0.0000", CultureInfo.InvariantCulture);

    /// <summary>A run's ROUGE-1 F1: none for random weights, which have no quality to score, nor for unscored runs.</summary>
    public static string Rouge1(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.Metadata.ModelSynthetic ? SyntheticWeights
            : run.Rouge1F1 is { } score ? Score(score)
            : NotAvailable;
    }

    /// <summary>KL divergence in nats: three significant figures, small values in exponent form (1.2E-05), as the agreement table writes them.</summary>
    public static string Kl(double nats) => nats.ToString("G3", CultureInfo.InvariantCulture);

    /// <summary>Top-1 agreement as a percentage with two decimals (99.86%).</summary>
    public static string Share(double fraction) => (fraction * 100).ToString("0.00", CultureInfo.InvariantCulture) + "%";

    private const double BytesPerMebibyte = 1024d * 1024;

    /// <summary>GiB for model-sized figures, MiB below one GiB (the tiny CPU model's RSS would read 0.19 GiB).</summary>
    public static MemoryUnit UnitFor(long largestBytes) =>
        largestBytes >= BytesPerGibibyte ? new MemoryUnit("GiB", BytesPerGibibyte, "0.00") : new MemoryUnit("MiB", BytesPerMebibyte, "0");

    public static string Memory(long bytes) => UnitFor(bytes).Format(bytes);

    /// <summary>The first 12 hex digits: enough to tell files apart in a table, the full value stays in results.json.</summary>
    public static string ShortHash(string? hash) =>
        string.IsNullOrWhiteSpace(hash) ? NotAvailable : hash.Length <= 12 ? hash : hash[..12];

    public static string Date(DateTimeOffset value) =>
        value == default ? NotAvailable : value.ToUniversalTime().ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);

    public static string OrNotAvailable(string? value) => string.IsNullOrWhiteSpace(value) ? NotAvailable : value;

    /// <summary>A word short enough to sit on a zero-height bar: OOM, failed, cancelled.</summary>
    public static string ShortOutcome(Measurement.RunOutcome outcome) =>
        outcome == Measurement.RunOutcome.OutOfMemory ? "OOM" : Kebab(outcome.ToString());

    /// <summary>Enum names as results.json spells them (OutOfMemory → out-of-memory).</summary>
    public static string Kebab(string pascal)
    {
        ArgumentNullException.ThrowIfNull(pascal);
        var builder = new System.Text.StringBuilder(pascal.Length + 4);
        for (var i = 0; i < pascal.Length; i++)
        {
            if (char.IsUpper(pascal[i]) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(pascal[i]));
        }

        return builder.ToString();
    }
}
