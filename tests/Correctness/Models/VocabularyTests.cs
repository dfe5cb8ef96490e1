using Llama2Validation.Harness.Models.Vocabulary;

namespace Llama2Validation.Tests.Correctness.Models;

public sealed class VocabularyTests
{
    [Theory]
    [InlineData(8000)]
    [InlineData(32000)]
    public void Build_GivesExactlyTheSize_WithUniquePieces(int size)
    {
        var vocabulary = SentencePieceVocabularyBuilder.Build(size);

        vocabulary.Count.Should().Be(size);
        vocabulary.Entries.Select(entry => entry.Text).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Build_StartsWithSpecialAndByteTokens()
    {
        var entries = SentencePieceVocabularyBuilder.Build(8000).Entries;

        entries[SentencePieceVocabulary.UnknownId].Should().Be(new VocabularyEntry("<unk>", 0f, LlamaTokenType.Unknown));
        entries[SentencePieceVocabulary.BosId].Text.Should().Be("<s>");
        entries[SentencePieceVocabulary.EosId].Text.Should().Be("</s>");
        entries.Skip(SentencePieceVocabulary.FirstByteId).Take(256).Select(entry => entry.Type).Should().OnlyContain(type => type == LlamaTokenType.Byte);
        entries[SentencePieceVocabulary.FirstByteId + 0x0A].Text.Should().Be("<0x0A>");
        entries.Skip(SentencePieceVocabulary.FirstByteId + 256).Should().OnlyContain(entry => entry.Type == LlamaTokenType.Normal);
    }

    [Fact]
    public void Build_KeepsTheMostFrequentWords_WholeInBothSizes()
    {
        var small = SentencePieceVocabularyBuilder.Build(8000).Entries.Select(entry => entry.Text).ToHashSet();
        var large = SentencePieceVocabularyBuilder.Build(32000).Entries.Select(entry => entry.Text).ToHashSet();

        foreach (var word in new[] { "\u2581the", "\u2581government", "\u2581said", "\u2581The", "\u2581percent" })
        {
            small.Should().Contain(word);
            large.Should().Contain(word);
        }

        small.Should().BeSubsetOf(large.Concat(small.Where(text => text.StartsWith("<l2v_pad_", StringComparison.Ordinal))));
    }

    [Fact]
    public void DuplicatePiece_IsRefusedBeforeAnythingIsWritten()
    {
        var entries = SentencePieceVocabularyBuilder.Build(8000).Entries.Add(new VocabularyEntry("\u2581the", -1f, LlamaTokenType.Normal));

        var creating = () => new SentencePieceVocabulary(entries);

        creating.Should().Throw<DuplicateVocabularyEntryException>().WithMessage("*'\u2581the' x2*");
    }
}
