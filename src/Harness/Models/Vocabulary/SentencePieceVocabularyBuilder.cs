using System.Collections.Concurrent;
using System.Globalization;

namespace Llama2Validation.Harness.Models.Vocabulary;

/// <summary>
/// Builds the generated models' vocabulary of an exact size from the word lists in this folder.
/// </summary>
/// <remarks>
/// llama.cpp's SentencePiece tokeniser starts from single characters and repeatedly merges the adjacent
/// pair whose concatenation is a piece with the highest score. So every piece is added with all its
/// prefixes (a merge path exists), and word-initial pieces (starting with U+2581) score above every
/// inner piece: a word is first extended from its start as far as the vocabulary knows it, and only
/// the rest is built from endings and syllables. When the lists are exhausted the vocabulary is padded
/// with pieces no merge can form, so they never change how text is split.
/// </remarks>
public static class SentencePieceVocabularyBuilder
{
    /// <summary>Words whose capitalised form is also added early (sentence starts).</summary>
    private const int CapitalisedWordCount = 150;

    /// <summary>The most frequent words, added before names and rarer words.</summary>
    private const int EarlyWordCount = 600;

    /// <summary>Capitalised words also added without the word boundary, as they start lines.</summary>
    private const int SentenceStarterCount = 40;

    private const float InnerScoreOffset = 100_000f;
    private const float PaddingScore = -1_000_000f;

    private static readonly ConcurrentDictionary<int, SentencePieceVocabulary> Built = new();

    /// <summary>Characters every vocabulary holds; anything else is spelled with byte pieces.</summary>
    private static readonly string Characters =
        "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789" +
        "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~" + "\u2018\u2019\u201C\u201D\u2013\u2014\u2026\u20AC\u00A3\u00E9";

    /// <summary>Characters that often start a word after a space, e.g. " (" or " 2019".</summary>
    private static readonly string WordInitialCharacters = "0123456789(\"'$\u00A3\u20AC\u201C\u2018-\u2013\u2014[&";

    public static int ReservedCount => SentencePieceVocabulary.FirstByteId + 256;

    /// <summary>The vocabulary with exactly <paramref name="size"/> entries (built once per size).</summary>
    public static SentencePieceVocabulary Build(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, ReservedCount + Characters.Length + 1);
        return Built.GetOrAdd(size, Create);
    }

    private static SentencePieceVocabulary Create(int size)
    {
        var pieces = new PieceCollector(size - ReservedCount);
        pieces.Add(SentencePieceVocabulary.WordBoundary.ToString());
        foreach (var character in Characters)
        {
            pieces.Add(character.ToString());
        }

        foreach (var character in WordInitialCharacters)
        {
            pieces.AddWithPrefixes(WordStart(character.ToString()));
        }

        foreach (var piece in EnglishWords.InnerPieces)
        {
            pieces.AddWithPrefixes(piece);
        }

        // Sentence starters also occur without a space before them (after a line break).
        foreach (var word in EnglishWords.Capitalised.Take(SentenceStarterCount))
        {
            pieces.AddWithPrefixes(word);
        }

        // A word and its plural together: the plural costs a piece or two and is as frequent as rarer words.
        var words = EnglishWords.ByFrequency.ToList();
        var ordered = words.Take(EarlyWordCount).SelectMany(WithPlural)
            .Concat(words.Take(CapitalisedWordCount).Select(Capitalise))
            .Concat(EnglishWords.Capitalised)
            .Concat(words.Skip(EarlyWordCount).SelectMany(WithPlural))
            .Concat(words.Where(EnglishInflections.Applies).SelectMany(word => (string[])[EnglishInflections.WithEd(word), EnglishInflections.WithIng(word)]));
        foreach (var word in ordered)
        {
            pieces.AddWithPrefixes(WordStart(word));
        }

        return new SentencePieceVocabulary(Reserved().Concat(Score(pieces.InOrder)).Concat(Padding(size - ReservedCount - pieces.Count)));
    }

    private static IEnumerable<VocabularyEntry> Reserved()
    {
        yield return new("<unk>", 0f, LlamaTokenType.Unknown);
        yield return new("<s>", 0f, LlamaTokenType.Control);
        yield return new("</s>", 0f, LlamaTokenType.Control);
        for (var value = 0; value < 256; value++)
        {
            yield return new(string.Create(CultureInfo.InvariantCulture, $"<0x{value:X2}>"), 0f, LlamaTokenType.Byte);
        }
    }

    /// <summary>Word-initial pieces first (highest scores, in the order added), then inner pieces.</summary>
    private static IEnumerable<VocabularyEntry> Score(IReadOnlyList<string> pieces)
    {
        var wordInitial = pieces.Where(IsWordInitial).Select((text, rank) => new VocabularyEntry(text, -rank, LlamaTokenType.Normal));
        var inner = pieces.Where(text => !IsWordInitial(text)).Select((text, rank) => new VocabularyEntry(text, -InnerScoreOffset - rank, LlamaTokenType.Normal));
        return wordInitial.Concat(inner);
    }

    /// <summary>Pieces whose every two-character prefix and suffix is absent, so no merge ever yields them.</summary>
    private static IEnumerable<VocabularyEntry> Padding(int count) =>
        Enumerable.Range(0, count).Select(index =>
            new VocabularyEntry(string.Create(CultureInfo.InvariantCulture, $"<l2v_pad_{index:D5}>"), PaddingScore, LlamaTokenType.Normal));

    private static bool IsWordInitial(string piece) => piece.Length > 1 && piece[0] == SentencePieceVocabulary.WordBoundary;

    private static string WordStart(string word) => SentencePieceVocabulary.WordBoundary + word;

    private static IEnumerable<string> WithPlural(string word) =>
        EnglishInflections.Applies(word) ? [word, EnglishInflections.WithS(word)] : [word];

    private static string Capitalise(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
