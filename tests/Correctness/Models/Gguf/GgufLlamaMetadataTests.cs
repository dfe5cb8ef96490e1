using Llama2Validation.Harness.Models.Gguf;

namespace Llama2Validation.Tests.Correctness.Models.Gguf;

/// <summary>Llama files whose hyper-parameters or vocabulary would make llama.cpp abort or misread.</summary>
public sealed class GgufLlamaMetadataTests
{
    [Fact]
    public void MissingRequiredMetadata_IsRefused_EachKeyNamed()
    {
        var builder = GgufTestFiles.LlamaBuilder();
        foreach (var key in new[] { GgufKeys.BlockCount, GgufKeys.EmbeddingLength, GgufKeys.HeadCount, GgufKeys.ContextLength, GgufKeys.FeedForwardLength, GgufKeys.RmsEpsilon })
        {
            builder.Remove(key);
        }

        var result = GgufTestFiles.Inspect(builder.Build());

        result.ShouldBeRefusedFor(GgufValidationProblemKind.MissingMetadata);
        result.Problems.Where(p => p.Kind == GgufValidationProblemKind.MissingMetadata).Should().HaveCount(6);
        var message = string.Join("\n", result.Problems);
        message.Should().Contain(GgufKeys.BlockCount).And.Contain(GgufKeys.EmbeddingLength).And.Contain(GgufKeys.HeadCount)
            .And.Contain(GgufKeys.ContextLength).And.Contain(GgufKeys.FeedForwardLength).And.Contain(GgufKeys.RmsEpsilon);
    }

    [Fact]
    public void RequiredMetadataOfTheWrongType_IsRefused()
    {
        var bytes = GgufTestFiles.LlamaBuilder().Set(GgufKeys.BlockCount, GgufValue.FromInt32(2)).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.WrongMetadataType).Detail.Should().Contain(GgufKeys.BlockCount).And.Contain("Int32");
    }

    [Theory]
    [InlineData(30u, 4u, GgufKeys.EmbeddingLength)]
    [InlineData(32u, 3u, GgufKeys.HeadCountKv)]
    public void HeadsThatDoNotDivideEvenly_AreRefused(uint embedding, uint kvHeads, string named)
    {
        var bytes = GgufTestFiles.LlamaBuilder()
            .Set(GgufKeys.EmbeddingLength, GgufValue.FromUInt32(embedding))
            .Set(GgufKeys.HeadCountKv, GgufValue.FromUInt32(kvHeads))
            .Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.InconsistentMetadata).Detail.Should().Contain(named);
    }

    [Fact]
    public void MissingArchitecture_IsRefused()
    {
        var bytes = GgufTestFiles.LlamaBuilder().Remove(GgufKeys.Architecture).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.MissingMetadata).Detail.Should().Contain(GgufKeys.Architecture);
    }

    [Fact]
    public void DuplicateVocabularyEntries_AreRefused_NamingTheTokenAndBothIds()
    {
        var tokens = Tools.GgufFuzzing.GgufFuzzSeeds.Vocabulary(300).ToArray();
        tokens[299] = tokens[265];
        var bytes = GgufTestFiles.LlamaBuilder().Set(GgufKeys.Tokens, GgufValue.FromStrings(tokens)).Build();

        var problem = GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.DuplicateVocabularyEntry);

        problem.Detail.Should().Contain($"\"{tokens[265]}\"").And.Contain("265").And.Contain("299");
    }

    [Fact]
    public void ManyDuplicateVocabularyEntries_AreListedUpToTheCap_AndCounted()
    {
        var tokens = Enumerable.Repeat("same", 300).ToArray();
        var bytes = GgufTestFiles.LlamaBuilder().Set(GgufKeys.Tokens, GgufValue.FromStrings(tokens)).Build();

        var result = GgufTestFiles.Inspect(bytes);

        result.ShouldBeRefusedFor(GgufValidationProblemKind.DuplicateVocabularyEntry);
        var duplicates = result.Problems.Where(p => p.Kind == GgufValidationProblemKind.DuplicateVocabularyEntry).ToList();
        duplicates.Should().HaveCount(GgufValidator.MaxDuplicateTokensListed + 1);
        duplicates[^1].Detail.Should().Contain("299 repeated entries");
    }

    [Theory]
    [InlineData(GgufKeys.Scores)]
    [InlineData(GgufKeys.TokenTypes)]
    public void VocabularyArraysOfDifferentLengths_AreRefused(string key)
    {
        var shorter = key == GgufKeys.Scores ? GgufValue.FromFloat32s(new float[299]) : GgufValue.FromInt32s(new int[299]);
        var bytes = GgufTestFiles.LlamaBuilder().Set(key, shorter).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.VocabularyLengthMismatch).Detail.Should().Contain(key).And.Contain("299").And.Contain("300");
    }

    [Fact]
    public void VocabularyOfTheWrongType_IsRefused()
    {
        var bytes = GgufTestFiles.LlamaBuilder().Set(GgufKeys.Tokens, GgufValue.FromInt32s(new int[300])).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.WrongMetadataType).Detail.Should().Contain(GgufKeys.Tokens);
    }

    [Theory]
    [InlineData(GgufKeys.BosTokenId, 300u)]
    [InlineData(GgufKeys.EosTokenId, uint.MaxValue)]
    [InlineData(GgufKeys.UnknownTokenId, 1000u)]
    public void SpecialTokenIdsOutsideTheVocabulary_AreRefused(string key, uint id)
    {
        var bytes = GgufTestFiles.LlamaBuilder().Set(key, GgufValue.FromUInt32(id)).Build();

        GgufTestFiles.Inspect(bytes).ShouldBeRefusedFor(GgufValidationProblemKind.TokenIdOutOfRange).Detail.Should().Contain(key);
    }

    [Fact]
    public void MissingVocabulary_IsRefused_UnlessTheFileSaysItHasNone()
    {
        var withoutTokens = GgufTestFiles.LlamaBuilder().Remove(GgufKeys.Tokens).Remove(GgufKeys.Scores).Remove(GgufKeys.TokenTypes)
            .Remove(GgufKeys.BosTokenId).Remove(GgufKeys.EosTokenId).Remove(GgufKeys.UnknownTokenId);
        GgufTestFiles.Inspect(withoutTokens.Build()).ShouldBeRefusedFor(GgufValidationProblemKind.MissingMetadata).Detail.Should().Contain(GgufKeys.Tokens);

        withoutTokens.Set(GgufKeys.TokenizerModel, GgufValue.FromString(GgufValidator.NoVocabularyModel));
        GgufTestFiles.Inspect(withoutTokens.Build()).IsValid.Should().BeTrue();
    }
}
