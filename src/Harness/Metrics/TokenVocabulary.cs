namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// Maps token text to dense integer ids so n-grams compare as integers. It persists across documents, so
/// known words cost no allocation; the owner clears it between documents once it grows past a limit.
/// </summary>
internal sealed class TokenVocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);

    public int Count => ids.Count;

    public int IdOf(ReadOnlyMemory<char> token)
    {
        var lookup = ids.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(token.Span, out var id))
        {
            return id;
        }

        id = ids.Count;
        ids.Add(token.ToString(), id);
        return id;
    }

    public void Clear() => ids.Clear();
}
