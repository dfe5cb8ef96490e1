using System.Security.Cryptography;
using System.Text.RegularExpressions;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Training.Corpus;

namespace Llama2Validation.Tests.Correctness.Training;

/// <summary>The generated corpus the summariser learned from: pinned bytes, disjoint splits, summaries drawn from their document.</summary>
public sealed partial class HowToCorpusTests
{
    /// <summary>
    /// sha256 of the first 50 train / 20 held-out articles as JSON lines at seed 19, version 1. A change
    /// here means the corpus changed: raise HowToCorpus.Version and retrain (docs/trained-model.md).
    /// </summary>
    [Theory]
    [InlineData(CorpusSplit.Train, 50, "e36996ee6bc680f60d8e208aba4d6c87fc6fbebb5b43fe2d41a1cfd8278774e0")]
    [InlineData(CorpusSplit.HeldOut, 20, "9862dcdacf47bbe7255f9b120934c6e7fae1e63c5d70435955241d50543f6000")]
    public void FixedSeedAndVersion_GiveTheSameBytes(CorpusSplit split, int count, string sha256)
    {
        HowToCorpus.Version.Should().Be(1, "the pinned hashes belong to version 1");

        Hash(HowToCorpus.Generate(split, count)).Should().Be(sha256);
    }

    [Fact]
    public void AShorterCorpus_IsAPrefixOfALongerOne()
    {
        var longer = HowToCorpus.Generate(CorpusSplit.Train, 30).Select(Line).ToList();

        HowToCorpus.Generate(CorpusSplit.Train, 10).Select(Line).Should().Equal(longer.Take(10));
    }

    [Fact]
    public void TrainAndHeldOut_ShareNoDocumentSummaryOrUrl()
    {
        var train = HowToCorpus.Generate(CorpusSplit.Train, 5000).Select(article => article.Sections[0]).ToList();
        var heldOut = HowToCorpus.Generate(CorpusSplit.HeldOut, 500).ToList();

        heldOut.Select(article => article.Sections[0].Document).Should().NotIntersectWith(train.Select(section => section.Document));
        heldOut.Select(article => article.Sections[0].Summary).Should().NotIntersectWith(train.Select(section => section.Summary));
        heldOut.Select(article => article.Url).Should().OnlyHaveUniqueItems().And.OnlyContain(url => url.Contains("/heldout/", StringComparison.Ordinal));
    }

    [Fact]
    public void OtherSeeds_GiveOtherArticles()
    {
        Hash(HowToCorpus.Generate(CorpusSplit.Train, 5, seed: 20)).Should().NotBe(Hash(HowToCorpus.Generate(CorpusSplit.Train, 5)));
    }

    [Fact]
    public void Articles_AreWikiLinguaShaped_AndBuildExamples()
    {
        var articles = HowToCorpus.Generate(CorpusSplit.HeldOut, 200).ToList();
        var built = ExampleBuilder.Build(articles);

        built.Problems.Should().BeEmpty();
        built.Examples.Should().HaveCount(200);
        articles.Select(article => WordCount(article.Sections[0].Document)).Should().OnlyContain(words => words >= 80 && words <= 420);
        articles.Select(article => Sentences().Count(article.Sections[0].Summary)).Should().OnlyContain(count => count >= 1 && count <= 3);
    }

    /// <summary>A summary names this document's own things: nearly every word of it appears in the document.</summary>
    [Fact]
    public void Summaries_AreDrawnFromTheirOwnDocument()
    {
        foreach (var article in HowToCorpus.Generate(CorpusSplit.Train, 200))
        {
            var section = article.Sections[0];
            var documentWords = Words(section.Document).ToHashSet();
            var summaryWords = Words(section.Summary).ToList();

            summaryWords.Count(documentWords.Contains).Should().BeGreaterThanOrEqualTo((int)(summaryWords.Count * 0.85), section.Summary);
        }
    }

    private static string Hash(IEnumerable<WikiLinguaArticle> articles)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var article in articles)
        {
            hash.AppendData(WikiLinguaJsonlWriter.ToLine(article));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    private static string Line(WikiLinguaArticle article) => System.Text.Encoding.UTF8.GetString(WikiLinguaJsonlWriter.ToLine(article));

    private static int WordCount(string text) => Words(text).Count();

    private static IEnumerable<string> Words(string text) => WordPattern().Matches(text.ToLowerInvariant()).Select(match => match.Value);

    [GeneratedRegex("[a-z0-9]+")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?](\s|$)")]
    private static partial Regex Sentences();
}
