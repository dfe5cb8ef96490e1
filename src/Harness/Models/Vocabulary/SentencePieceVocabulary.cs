using System.Collections.Immutable;
using Llama2Validation.Harness.Models.Gguf;

namespace Llama2Validation.Harness.Models.Vocabulary;

/// <summary>
/// A llama-style (SentencePiece) vocabulary: &lt;unk&gt;, &lt;s&gt;, &lt;/s&gt;, the 256 byte-fallback
/// pieces, then word pieces. Construction refuses duplicate pieces.
/// </summary>
public sealed class SentencePieceVocabulary
{
    public const int UnknownId = 0;
    public const int BosId = 1;
    public const int EosId = 2;

    /// <summary>Id of &lt;0x00&gt;; byte b is at FirstByteId + b.</summary>
    public const int FirstByteId = 3;

    /// <summary>SentencePiece's visible space, U+2581, which marks the start of a word.</summary>
    public const char WordBoundary = '\u2581';

    public SentencePieceVocabulary(IEnumerable<VocabularyEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        Entries = [.. entries];
        var duplicates = Entries.GroupBy(entry => entry.Text, StringComparer.Ordinal)
            .Where(group => group.Count() > 1)
            .Select(group => $"'{group.Key}' x{group.Count()}")
            .ToList();
        if (duplicates.Count > 0)
        {
            throw new DuplicateVocabularyEntryException(
                $"The vocabulary repeats {duplicates.Count} piece(s), which makes llama.cpp abort on load: {string.Join(", ", duplicates.Take(10))}.");
        }
    }

    public ImmutableArray<VocabularyEntry> Entries { get; }

    public int Count => Entries.Length;

    /// <summary>The tokenizer.ggml.* metadata entries describing this vocabulary.</summary>
    public IEnumerable<GgufMetadataEntry> ToMetadata()
    {
        yield return new(GgufKeys.TokenizerModel, GgufValue.FromString("llama"));
        yield return new(GgufKeys.Tokens, GgufValue.FromStrings(Entries.Select(entry => entry.Text)));
        yield return new(GgufKeys.Scores, GgufValue.FromFloat32s(Entries.Select(entry => entry.Score)));
        yield return new(GgufKeys.TokenTypes, GgufValue.FromInt32s(Entries.Select(entry => (int)entry.Type)));
        yield return new(GgufKeys.BosTokenId, GgufValue.FromUInt32(BosId));
        yield return new(GgufKeys.EosTokenId, GgufValue.FromUInt32(EosId));
        yield return new(GgufKeys.UnknownTokenId, GgufValue.FromUInt32(UnknownId));
        yield return new(GgufKeys.AddBosToken, GgufValue.FromBool(true));
        yield return new(GgufKeys.AddEosToken, GgufValue.FromBool(false));
        yield return new(GgufKeys.AddSpacePrefix, GgufValue.FromBool(true));
    }
}
