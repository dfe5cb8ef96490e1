using System.Globalization;

namespace Llama2Validation.Harness.Approval;

/// <summary>
/// A snapshot in which every document is one token repeated (a random-weight 7B's pad token, 300 times)
/// fixes nothing a user cares about: only a change gross enough to alter that one token would show.
/// Approval refuses such a snapshot, and a synthetic-weight run that produces one is not snapshot-judged.
/// </summary>
public static class RepeatedTokenSnapshot
{
    private const string TokensLabel = "tokens: ";

    /// <summary>Why these documents' outputs are no snapshot, or null when at least one document says something.</summary>
    public static string? Reason(IReadOnlyList<IReadOnlyList<int>> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        if (documents.Count == 0 || documents.Any(d => d.Count < 2 || d.Any(t => t != d[0])))
        {
            return null;
        }

        var tokens = documents.Select(d => d[0]).Distinct().Select(t => t.ToString(CultureInfo.InvariantCulture));
        return string.Create(CultureInfo.InvariantCulture,
            $"every one of its {documents.Count} documents is one token repeated (token {string.Join(", ", tokens)}, up to {documents.Max(d => d.Count)} times): such a snapshot catches only a change that alters that token; use a model whose outputs differ between documents (the trained summariser) or the agreement cases");
    }

    /// <summary>As <see cref="Reason(IReadOnlyList{IReadOnlyList{int}})"/>, for a snapshot file's text (its <c>tokens:</c> lines).</summary>
    public static string? Reason(string snapshot)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var documents = new List<IReadOnlyList<int>>();
        foreach (var line in snapshot.Split('\n'))
        {
            if (!line.StartsWith(TokensLabel, StringComparison.Ordinal))
            {
                continue;
            }

            var ids = new List<int>();
            foreach (var part in line[TokensLabel.Length..].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (!int.TryParse(part, NumberStyles.Integer, CultureInfo.InvariantCulture, out var id))
                {
                    return null;
                }

                ids.Add(id);
            }

            documents.Add(ids);
        }

        return Reason(documents);
    }
}
