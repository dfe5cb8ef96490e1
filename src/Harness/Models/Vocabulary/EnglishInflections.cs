namespace Llama2Validation.Harness.Models.Vocabulary;

/// <summary>
/// Regular English inflections of a listed word, by spelling rules only. Some results are not real
/// words (a noun given -ing); they cost a vocabulary slot and never mis-split real text.
/// </summary>
internal static class EnglishInflections
{
    private const string Vowels = "aeiou";

    public static bool Applies(string word) => word.Length >= 3 && word.All(char.IsAsciiLetterLower);

    /// <summary>Plural or third person: boxes, cities, rivers.</summary>
    public static string WithS(string word) =>
        word.EndsWith('s') || word.EndsWith('x') || word.EndsWith("ch", StringComparison.Ordinal) || word.EndsWith("sh", StringComparison.Ordinal) ? word + "es"
        : EndsWithConsonantY(word) ? word[..^1] + "ies"
        : word + "s";

    /// <summary>Past tense: closed, carried, walked.</summary>
    public static string WithEd(string word) =>
        word.EndsWith('e') ? word + "d"
        : EndsWithConsonantY(word) ? word[..^1] + "ied"
        : word + "ed";

    /// <summary>Present participle: closing, seeing, walking.</summary>
    public static string WithIng(string word) =>
        word.EndsWith('e') && !word.EndsWith("ee", StringComparison.Ordinal) ? word[..^1] + "ing" : word + "ing";

    private static bool EndsWithConsonantY(string word) => word.EndsWith('y') && !Vowels.Contains(word[^2], StringComparison.Ordinal);
}
