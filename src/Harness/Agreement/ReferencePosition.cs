using System.Globalization;
using System.Text;

namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// The reference's next-token distribution at one position, as stored: its <c>k</c> most likely tokens with
/// their natural-log probabilities, most likely first. The remaining mass is what they leave of 1.
/// Written as one line, <c>id:logp id:logp …</c>, so a stored reference diffs position by position.
/// </summary>
public sealed record ReferencePosition(IReadOnlyList<int> Ids, IReadOnlyList<double> LogProbabilities)
{
    /// <summary>Probability the stored tokens leave to the rest of the vocabulary (never below zero).</summary>
    public double RestMass => Math.Max(0, 1 - LogProbabilities.Sum(Math.Exp));

    public string Format()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Ids.Count; i++)
        {
            text.Append(i == 0 ? "" : " ")
                .Append(Ids[i].ToString(CultureInfo.InvariantCulture)).Append(':')
                .Append(LogProbabilities[i].ToString("0.######", CultureInfo.InvariantCulture));
        }

        return text.ToString();
    }

    /// <exception cref="FormatException">The line is not <c>id:logp</c> pairs.</exception>
    public static ReferencePosition Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var ids = new List<int>();
        var logProbabilities = new List<double>();
        foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var colon = pair.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0
                || !int.TryParse(pair.AsSpan(0, colon), NumberStyles.Integer, CultureInfo.InvariantCulture, out var id)
                || !double.TryParse(pair.AsSpan(colon + 1), NumberStyles.Float, CultureInfo.InvariantCulture, out var logProbability)
                || logProbability > 0)
            {
                throw new FormatException($"not a stored reference position (id:logp …): '{pair}'");
            }

            ids.Add(id);
            logProbabilities.Add(logProbability);
        }

        return ids.Count > 0 ? new ReferencePosition(ids, logProbabilities) : throw new FormatException("an empty reference position");
    }
}
