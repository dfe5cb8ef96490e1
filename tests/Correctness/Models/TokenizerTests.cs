using System.Text;
using LLama;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Models.Vocabulary;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>The generated vocabulary as llama.cpp's SentencePiece tokeniser uses it.</summary>
[Collection(TinyModelGroup.Name)]
public sealed class TokenizerTests(TinyModelFixture tiny, ITestOutputHelper output)
{
    [Fact]
    public void EnglishWords_BecomeWholeWordPieces()
    {
        var pieces = Pieces("The government said the economy grew");

        pieces.Should().Equal("\u2581The", "\u2581government", "\u2581said", "\u2581the", "\u2581economy", "\u2581grew");
    }

    [Fact]
    public void UnknownWords_AreSplitIntoKnownPieces_NotBytes()
    {
        var tokens = tiny.Weights.Tokenize("reconsidering", add_bos: false, special: false, Encoding.UTF8);

        tokens.Length.Should().BeInRange(2, 6);
        tokens.Should().OnlyContain(token => (int)token >= SentencePieceVocabulary.FirstByteId + 256);
    }

    [Theory]
    [InlineData("Zürich naïve 東京 😀")]
    [InlineData("Ünïcödé\ttabs\nand lines")]
    public void NonAsciiText_FallsBackToBytes_AndDetokenisesExactly(string text)
    {
        var tokens = tiny.Weights.Tokenize(text, add_bos: false, special: false, Encoding.UTF8);
        var decoder = new StreamingTokenDecoder(Encoding.UTF8, tiny.Weights);
        decoder.AddRange(tokens);

        tokens.Should().Contain(token => (int)token >= SentencePieceVocabulary.FirstByteId && (int)token < SentencePieceVocabulary.FirstByteId + 256);
        // SentencePiece adds a word boundary before the first word; it detokenises as one leading space.
        decoder.Read().Should().Be(" " + text);
    }

    [Theory]
    [InlineData(8000, 1.5)]
    [InlineData(32000, 1.35)]
    public void EnglishProse_TakesAboutLlama2sTokensPerWord(int vocabularySize, double limit)
    {
        using var folder = new TemporaryFolder();
        var shape = ModelShapes.Tiny with { VocabularySize = vocabularySize };
        var model = vocabularySize == ModelShapes.Tiny.VocabularySize
            ? tiny.Model
            : GeneratedModels.GetOrCreate(new SyntheticModelSpec(shape, WeightType.Q4_0), folder.Path, TestContext.Current.CancellationToken);
        var parameters = ModelLoading.Parameters(model.Path);
        parameters.VocabOnly = true;
        using var weights = LLamaWeights.LoadFromFile(parameters);

        var tokens = weights.Tokenize(EnglishParagraphs.Text, add_bos: false, special: false, Encoding.UTF8).Length;
        var ratio = (double)tokens / EnglishParagraphs.WordCount;

        output.WriteLine($"vocabulary {vocabularySize}: {tokens} tokens for {EnglishParagraphs.WordCount} words = {ratio:F3} tokens per word");
        ratio.Should().BeInRange(1.1, limit);
    }

    private List<string> Pieces(string text) =>
        tiny.Weights.Tokenize(text, add_bos: false, special: false, Encoding.UTF8)
            .Select(token => SentencePieceVocabularyBuilder.Build(ModelShapes.Tiny.VocabularySize).Entries[(int)token].Text)
            .ToList();
}
