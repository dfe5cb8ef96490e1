namespace Llama2Validation.Harness.Metrics;

/// <summary>Steps 1a to 5b, each taking and returning the whole word.</summary>
public static partial class PorterStemmer
{
    private static string Step1a(string word)
    {
        // NLTK: four-letter -ies words keep their e ("dies" -> "die", but "flies" -> "fli").
        if (word.Length == 4 && word.EndsWith("ies", StringComparison.Ordinal))
        {
            return word[..^1];
        }

        return ApplyFirstMatchingRule(word, Step1aRules);
    }

    private static string Step1b(string word)
    {
        // NLTK: -ied like -ies ("died" -> "die", "spied" -> "spi"), and nothing else happens in this step.
        if (word.EndsWith("ied", StringComparison.Ordinal))
        {
            return word.Length == 4 ? word[..^1] : word[..^2];
        }

        if (word.EndsWith("eed", StringComparison.Ordinal))
        {
            return Measure(word.AsSpan(0, word.Length - 3)) > 0 ? word[..^1] : word;
        }

        string stem;
        if (word.EndsWith("ed", StringComparison.Ordinal) && ContainsVowel(word.AsSpan(0, word.Length - 2)))
        {
            stem = word[..^2];
        }
        else if (word.EndsWith("ing", StringComparison.Ordinal) && ContainsVowel(word.AsSpan(0, word.Length - 3)))
        {
            stem = word[..^3];
        }
        else
        {
            return word;
        }

        // Tidy the stem so later steps recognise -ate, -ble, -ize, and undo doubled consonants.
        if (stem.EndsWith("at", StringComparison.Ordinal) || stem.EndsWith("bl", StringComparison.Ordinal) || stem.EndsWith("iz", StringComparison.Ordinal))
        {
            return stem + "e";
        }

        if (EndsDoubleConsonant(stem))
        {
            return stem[^1] is 'l' or 's' or 'z' ? stem : stem[..^1];
        }

        return Measure(stem) == 1 && EndsConsonantVowelConsonant(stem) ? stem + "e" : stem;
    }

    private static string Step1c(string word)
    {
        // NLTK: y -> i only after a consonant that is not the whole stem ("happy" -> "happi", "enjoy" kept).
        if (word.EndsWith('y') && word.Length - 1 > 1 && IsConsonant(word, word.Length - 2))
        {
            return string.Concat(word.AsSpan(0, word.Length - 1), "i");
        }

        return word;
    }

    private static string Step2(string word)
    {
        // NLTK applies -alli -> -al first and runs the result through this step again.
        if (word.EndsWith("alli", StringComparison.Ordinal) && Measure(word.AsSpan(0, word.Length - 4)) > 0)
        {
            return Step2(word[..^2]);
        }

        return ApplyFirstMatchingRule(word, Step2Rules);
    }

    private static string Step3(string word) => ApplyFirstMatchingRule(word, Step3Rules);

    private static string Step4(string word) => ApplyFirstMatchingRule(word, Step4Rules);

    private static string Step5a(string word)
    {
        // Unlike the other steps, a failed first condition falls through to the second.
        if (!word.EndsWith('e'))
        {
            return word;
        }

        var stem = word.AsSpan(0, word.Length - 1);
        var measure = Measure(stem);
        return measure > 1 || (measure == 1 && !EndsConsonantVowelConsonant(stem)) ? word[..^1] : word;
    }

    private static string Step5b(string word) =>
        word.EndsWith("ll", StringComparison.Ordinal) && Measure(word.AsSpan(0, word.Length - 1)) > 1 ? word[..^1] : word;

    /// <summary>
    /// The first rule whose suffix ends the word decides: replaced when its condition holds on the
    /// remaining stem, otherwise the word is returned unchanged (later rules are not tried).
    /// </summary>
    private static string ApplyFirstMatchingRule(string word, SuffixRule[] rules)
    {
        foreach (var rule in rules)
        {
            if (!word.EndsWith(rule.Suffix, StringComparison.Ordinal))
            {
                continue;
            }

            var stemLength = word.Length - rule.Suffix.Length;
            return rule.Condition(word, stemLength) ? string.Concat(word.AsSpan(0, stemLength), rule.Replacement) : word;
        }

        return word;
    }
}
