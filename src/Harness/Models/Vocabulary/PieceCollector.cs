namespace Llama2Validation.Harness.Models.Vocabulary;

/// <summary>
/// Collects distinct pieces in insertion order up to a budget. A piece is added together with its
/// missing prefixes, or not at all when they would not all fit.
/// </summary>
internal sealed class PieceCollector(int budget)
{
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);
    private readonly List<string> ordered = [];

    public IReadOnlyList<string> InOrder => ordered;

    public int Count => ordered.Count;

    public void Add(string piece)
    {
        if (ordered.Count < budget && seen.Add(piece))
        {
            ordered.Add(piece);
        }
    }

    public void AddWithPrefixes(string piece)
    {
        var missing = new List<string>();
        for (var length = 2; length <= piece.Length; length++)
        {
            var prefix = piece[..length];
            if (!seen.Contains(prefix))
            {
                missing.Add(prefix);
            }
        }

        if (ordered.Count + missing.Count > budget)
        {
            return;
        }

        foreach (var prefix in missing)
        {
            Add(prefix);
        }
    }
}
