namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// ROUGE-1, ROUGE-2 and ROUGE-L per document, equal to the last bit to rouge_score's
/// <c>RougeScorer(["rouge1", "rouge2", "rougeL"], use_stemmer).score(target, prediction)</c>.
/// Reuses its buffers between calls, so scoring thousands of documents allocates little; not thread-safe.
/// </summary>
public sealed class RougeScorer
{
    /// <summary>Past this many distinct words the vocabulary starts afresh, keeping memory bounded.</summary>
    private const int MaximumVocabulary = 500_000;

    private readonly RougeTokenizer tokenizer;
    private readonly TokenVocabulary vocabulary = new();
    private readonly List<int> referenceIds = [];
    private readonly List<int> predictionIds = [];
    private readonly Dictionary<long, int> bigramCounts = [];
    private int[] unigramCounts = [];
    private int[] lcsRow = [];

    public RougeScorer(bool useStemmer = false)
    {
        tokenizer = new RougeTokenizer(useStemmer);
    }

    public bool UsesStemmer => tokenizer.UsesStemmer;

    /// <summary>Scores <paramref name="prediction"/> against <paramref name="reference"/> (rouge_score's target).</summary>
    public RougeScores Score(string reference, string prediction)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(prediction);
        if (vocabulary.Count > MaximumVocabulary)
        {
            vocabulary.Clear();
        }

        referenceIds.Clear();
        predictionIds.Clear();
        tokenizer.TokenizeToIds(reference, vocabulary, referenceIds);
        tokenizer.TokenizeToIds(prediction, vocabulary, predictionIds);

        return new RougeScores(
            NgramScore(UnigramOverlap(), referenceIds.Count, predictionIds.Count),
            NgramScore(BigramOverlap(), Math.Max(referenceIds.Count - 1, 0), Math.Max(predictionIds.Count - 1, 0)),
            LcsScore());
    }

    /// <summary>rouge_score's _score_ngrams: counts are clipped, and an empty side divides by 1, giving 0.</summary>
    private static RougeScore NgramScore(int overlap, int referenceCount, int predictionCount) =>
        RougeScore.FromPrecisionAndRecall(
            (double)overlap / Math.Max(predictionCount, 1),
            (double)overlap / Math.Max(referenceCount, 1));

    /// <summary>Σ min(reference count, prediction count) over unigrams.</summary>
    private int UnigramOverlap()
    {
        if (unigramCounts.Length < vocabulary.Count)
        {
            unigramCounts = new int[Math.Max(vocabulary.Count, unigramCounts.Length * 2)];
        }

        foreach (var id in referenceIds)
        {
            unigramCounts[id]++;
        }

        // Each prediction token consumes one unmatched reference occurrence: that is the clipped count.
        var overlap = 0;
        foreach (var id in predictionIds)
        {
            if (unigramCounts[id] > 0)
            {
                unigramCounts[id]--;
                overlap++;
            }
        }

        // Reset only what this document touched.
        foreach (var id in referenceIds)
        {
            unigramCounts[id] = 0;
        }

        return overlap;
    }

    private int BigramOverlap()
    {
        bigramCounts.Clear();
        for (var i = 1; i < referenceIds.Count; i++)
        {
            var key = BigramKey(referenceIds[i - 1], referenceIds[i]);
            bigramCounts[key] = bigramCounts.GetValueOrDefault(key) + 1;
        }

        var overlap = 0;
        for (var i = 1; i < predictionIds.Count; i++)
        {
            var key = BigramKey(predictionIds[i - 1], predictionIds[i]);
            if (bigramCounts.TryGetValue(key, out var remaining) && remaining > 0)
            {
                bigramCounts[key] = remaining - 1;
                overlap++;
            }
        }

        return overlap;
    }

    private static long BigramKey(int first, int second) => ((long)first << 32) | (uint)second;

    /// <summary>rouge_score's _score_lcs: the longest common subsequence over each side's length.</summary>
    private RougeScore LcsScore()
    {
        if (referenceIds.Count == 0 || predictionIds.Count == 0)
        {
            return default;
        }

        var length = LongestCommonSubsequence();
        return RougeScore.FromPrecisionAndRecall(
            (double)length / predictionIds.Count,
            (double)length / referenceIds.Count);
    }

    /// <summary>The textbook dynamic programme, one row at a time (only the length is needed).</summary>
    private int LongestCommonSubsequence()
    {
        var columns = predictionIds.Count;
        if (lcsRow.Length < columns + 1)
        {
            lcsRow = new int[Math.Max(columns + 1, lcsRow.Length * 2)];
        }

        var row = lcsRow.AsSpan(0, columns + 1);
        row.Clear();
        foreach (var referenceId in referenceIds)
        {
            // diagonal holds the previous row's value at j - 1 before it is overwritten.
            var diagonal = 0;
            for (var j = 1; j <= columns; j++)
            {
                var above = row[j];
                row[j] = predictionIds[j - 1] == referenceId ? diagonal + 1 : Math.Max(above, row[j - 1]);
                diagonal = above;
            }
        }

        return row[columns];
    }
}
