using System.Globalization;
using System.Text;

namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// A target's agreement figures as a Markdown table, one row per strategy, with ROUGE-1 beside them where
/// the caller has it (a synthetic-weight model has none): the two quality views side by side.
/// </summary>
public static class AgreementTable
{
    public static string Markdown(AgreementMeasurement measurement, IReadOnlyDictionary<string, double>? rouge1 = null)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Agreement with the F16 reference, {measurement.HardwareClass} / {measurement.Model} ({measurement.Reference.Documents.Count} documents, top-{measurement.Reference.TopK} stored{(measurement.RecordedNow ? ", reference recorded by this run" : "")})\n\n");
        text.Append("| strategy | ROUGE-1 | mean KL | p99 KL | max KL | top-1 | documents diverging | median first divergence |\n");
        text.Append("|---|---|---|---|---|---|---|---|\n");
        foreach (var side in measurement.Sides)
        {
            var rouge = rouge1 is not null && rouge1.TryGetValue(side.Strategy, out var r) ? r.ToString("0.0000", CultureInfo.InvariantCulture) : "—";
            if (side.Documents.Count == 0)
            {
                text.Append(CultureInfo.InvariantCulture, $"| {side.Strategy} | {rouge} | no document measured | | | | | |\n");
                continue;
            }

            var f = side.Figures;
            var first = f.MedianFirstDivergence is { } median ? median.ToString("0", CultureInfo.InvariantCulture) : "—";
            text.Append(CultureInfo.InvariantCulture, $"| {side.Strategy} | {rouge} | {f.MeanKl:G3} | {f.P99Kl:G3} | {f.MaxKl:G3} | {f.Top1:P2} | {f.DivergedDocuments} of {f.Documents} | {first} |\n");
        }

        return text.ToString();
    }
}
