namespace Llama2Validation.Harness.Metrics;

/// <summary>The paper's letter classes and conditions: consonants, the measure m, *v*, *d and *o.</summary>
public static partial class PorterStemmer
{
    /// <summary>A letter other than a, e, i, o, u, and other than a y that follows a consonant.</summary>
    private static bool IsConsonant(ReadOnlySpan<char> word, int index)
    {
        // A run of y's alternates consonant/vowel, starting from the first letter before it.
        var ys = 0;
        while (index >= 0 && word[index] == 'y')
        {
            ys++;
            index--;
        }

        if (ys == 0)
        {
            return !IsPlainVowel(word[index]);
        }

        // The y nearest the start is a consonant when it opens the word or follows a vowel.
        var firstYIsConsonant = index < 0 || IsPlainVowel(word[index]);
        return firstYIsConsonant == (ys % 2 == 1);
    }

    private static bool IsPlainVowel(char letter) => letter is 'a' or 'e' or 'i' or 'o' or 'u';

    /// <summary>m in [C](VC){m}[V]: the number of vowel-to-consonant transitions.</summary>
    private static int Measure(ReadOnlySpan<char> stem)
    {
        var measure = 0;
        var previousIsVowel = false;
        for (var i = 0; i < stem.Length; i++)
        {
            var consonant = IsConsonant(stem, i);
            if (consonant && previousIsVowel)
            {
                measure++;
            }

            previousIsVowel = !consonant;
        }

        return measure;
    }

    private static bool ContainsVowel(ReadOnlySpan<char> stem)
    {
        for (var i = 0; i < stem.Length; i++)
        {
            if (!IsConsonant(stem, i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>*d: the word ends with two identical consonants.</summary>
    private static bool EndsDoubleConsonant(ReadOnlySpan<char> word) =>
        word.Length >= 2 && word[^1] == word[^2] && IsConsonant(word, word.Length - 1);

    /// <summary>
    /// *o: ends consonant-vowel-consonant where the last is not w, x or y; NLTK also accepts a
    /// two-letter vowel-consonant word.
    /// </summary>
    private static bool EndsConsonantVowelConsonant(ReadOnlySpan<char> word)
    {
        var n = word.Length;
        if (n >= 3
            && IsConsonant(word, n - 3)
            && !IsConsonant(word, n - 2)
            && IsConsonant(word, n - 1)
            && word[^1] is not ('w' or 'x' or 'y'))
        {
            return true;
        }

        return n == 2 && !IsConsonant(word, 0) && IsConsonant(word, 1);
    }
}
