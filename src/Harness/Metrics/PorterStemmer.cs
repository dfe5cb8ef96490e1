namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// The Porter stemmer as NLTK's <c>PorterStemmer()</c> runs it in its default mode (NLTK_EXTENSIONS),
/// which is what rouge_score uses with <c>use_stemmer=True</c>. Where NLTK departs from the 1980 paper
/// (irregular forms, short words, -ies/-ied on four-letter words, y→i after a consonant, -alli, -fulli,
/// -logi, the two-letter *o condition) this follows NLTK, because the goal is identical scores.
/// Input is expected lowercase ASCII; stateless and thread-safe.
/// </summary>
public static partial class PorterStemmer
{
    /// <summary>Whole words NLTK maps directly, skipping the suffix rules.</summary>
    private static readonly Dictionary<string, string> IrregularForms = new(StringComparer.Ordinal)
    {
        ["sky"] = "sky",
        ["skies"] = "sky",
        ["dying"] = "die",
        ["lying"] = "lie",
        ["tying"] = "tie",
        ["news"] = "news",
        ["innings"] = "inning",
        ["inning"] = "inning",
        ["outings"] = "outing",
        ["outing"] = "outing",
        ["cannings"] = "canning",
        ["canning"] = "canning",
        ["howe"] = "howe",
        ["proceed"] = "proceed",
        ["exceed"] = "exceed",
        ["succeed"] = "succeed",
    };

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        if (IrregularForms.TryGetValue(word, out var irregular))
        {
            return irregular;
        }

        // NLTK leaves one- and two-letter words alone (the paper does not say so).
        if (word.Length <= 2)
        {
            return word;
        }

        var stem = Step1a(word);
        stem = Step1b(stem);
        stem = Step1c(stem);
        stem = Step2(stem);
        stem = Step3(stem);
        stem = Step4(stem);
        stem = Step5a(stem);
        return Step5b(stem);
    }
}
