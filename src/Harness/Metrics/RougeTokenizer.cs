namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// rouge_score's default tokenizer: lowercase, split on everything outside <c>[a-z0-9]</c>, and with
/// stemming, Porter-stem (NLTK) only tokens longer than three characters. Not thread-safe: it keeps a
/// stem cache and buffers; use one per thread.
/// </summary>
public sealed class RougeTokenizer
{
    /// <summary>The stem cache is dropped past this many words so a long-lived process stays bounded.</summary>
    private const int MaximumCachedStems = 200_000;

    private readonly bool useStemmer;
    private readonly Dictionary<string, string> stems = new(StringComparer.Ordinal);
    private readonly List<(int Start, int Length)> spans = [];
    private readonly List<ReadOnlyMemory<char>> tokens = [];
    private char[] characters = [];

    public RougeTokenizer(bool useStemmer)
    {
        this.useStemmer = useStemmer;
    }

    public bool UsesStemmer => useStemmer;

    /// <summary>The tokens of <paramref name="text"/>, as rouge_score's <c>tokenize(text, stemmer)</c> returns them.</summary>
    public IReadOnlyList<string> Tokenize(string text)
    {
        var words = new List<string>();
        foreach (var token in Split(text))
        {
            words.Add(token.ToString());
        }

        return words;
    }

    /// <summary>Appends the id of every token of <paramref name="text"/> to <paramref name="ids"/>.</summary>
    internal void TokenizeToIds(string text, TokenVocabulary vocabulary, List<int> ids)
    {
        foreach (var token in Split(text))
        {
            ids.Add(vocabulary.IdOf(token));
        }
    }

    private List<ReadOnlyMemory<char>> Split(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (characters.Length < text.Length)
        {
            characters = new char[Math.Max(text.Length, characters.Length * 2)];
        }

        spans.Clear();
        RougeTextSplitter.Split(text, characters, spans);
        tokens.Clear();
        foreach (var (start, length) in spans)
        {
            var raw = new ReadOnlyMemory<char>(characters, start, length);
            var token = useStemmer && length > 3 ? StemOf(raw.Span).AsMemory() : raw;

            // rouge_score's last filter keeps only non-empty [a-z0-9] tokens; stems of such tokens stay in
            // that alphabet, so only emptiness needs checking.
            if (!token.IsEmpty)
            {
                tokens.Add(token);
            }
        }

        return tokens;
    }

    private string StemOf(ReadOnlySpan<char> token)
    {
        var lookup = stems.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(token, out var cached))
        {
            return cached;
        }

        if (stems.Count >= MaximumCachedStems)
        {
            stems.Clear();
        }

        var word = token.ToString();
        var stem = PorterStemmer.Stem(word);
        stems[word] = stem;
        return stem;
    }
}
