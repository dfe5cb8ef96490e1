using System.Text.RegularExpressions;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Training.Corpus;

namespace Llama2Validation.Tests.Correctness.Data;

/// <summary>
/// The project's own corpus must keep the shape CI relies on: the tiny model (1,024-token context,
/// about 1.3 tokens a word, 300 new tokens) fits every document but exactly one long one.
/// </summary>
public sealed partial class SampleCorpusTests
{
    private static readonly string DataFolder = RepositoryLayout.Current.DataFolder;

    [Fact]
    public async Task Corpus_LoadsWithoutProblems_WithAtLeastTwelveUniqueArticles()
    {
        var result = await LoadCorpusAsync();

        result.Problems.Should().BeEmpty();
        result.Articles.Should().HaveCountGreaterThanOrEqualTo(12);
        result.Articles.Select(article => article.Url).Should().OnlyHaveUniqueItems()
            .And.OnlyContain(url => url.StartsWith("https://howto.example/", StringComparison.Ordinal));
        result.Articles.Should().Contain(article => article.Sections.Count >= 2);
    }

    [Fact]
    public async Task Corpus_FirstSections_Are100To900Words_ExactlyOneLongAndTheRestShort()
    {
        var words = (await LoadCorpusAsync()).Articles.Select(article => WordCount(article.Sections[0].Document)).ToList();

        words.Should().OnlyContain(count => count >= 100 && count <= 900);
        words.Count(count => count > 800).Should().Be(1);
        words.Where(count => count <= 800).Should().OnlyContain(count => count <= 450);
    }

    [Fact]
    public async Task Corpus_EverySummary_IsOneToThreeSentences()
    {
        var summaries = (await LoadCorpusAsync()).Articles.SelectMany(article => article.Sections.Select(section => (article.Url, section.Summary)));

        summaries.Should().OnlyContain(item => SentenceCount(item.Summary) >= 1 && SentenceCount(item.Summary) <= 3);
    }

    [Theory]
    [InlineData(DatasetCatalog.SampleManifestFile)]
    [InlineData(DatasetCatalog.SmokeManifestFile)]
    public async Task Manifest_UrlsAllExistInTheCorpus_WithoutDuplicates(string manifestFile)
    {
        var urls = (await LoadSampleArticlesAsync()).Select(article => article.Url).ToHashSet();
        var manifest = Manifest.Load(Path.Combine(DataFolder, manifestFile));

        manifest.Problems.Should().BeEmpty();
        manifest.Ids.Should().NotBeEmpty().And.OnlyContain(url => urls.Contains(url));
    }

    [Fact]
    public async Task SampleManifest_CoversTheWholeCorpus_AndTheGeneratedSlice()
    {
        var urls = (await LoadSampleArticlesAsync()).Select(article => article.Url);

        Manifest.Load(Path.Combine(DataFolder, DatasetCatalog.SampleManifestFile)).Ids.Should().BeEquivalentTo(urls);
    }

    [Fact]
    public async Task Smoke_IsThreeOrFourShortArticles()
    {
        var prepared = await DatasetCatalog.PrepareAsync(new DatasetRequest { Dataset = "smoke" }, RepositoryLayout.Current, TestContext.Current.CancellationToken);

        prepared.Problems.Should().BeEmpty();
        prepared.MissingIds.Should().BeEmpty();
        prepared.Examples.Should().HaveCountGreaterThanOrEqualTo(3).And.HaveCountLessThanOrEqualTo(4);
        prepared.Examples.Should().OnlyContain(example => WordCount(example.Document) <= 200);
    }

    [Fact]
    public async Task Sample_PreparesEveryArticleInManifestOrder()
    {
        var prepared = await DatasetCatalog.PrepareAsync(new DatasetRequest { Dataset = "sample" }, RepositoryLayout.Current, TestContext.Current.CancellationToken);
        var manifest = Manifest.Load(Path.Combine(DataFolder, DatasetCatalog.SampleManifestFile));

        prepared.Problems.Should().BeEmpty();
        prepared.MissingIds.Should().BeEmpty();
        prepared.IsSynthetic.Should().BeFalse();
        prepared.Examples.Select(example => example.Id).Should().Equal(manifest.Ids);
    }

    internal static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static int SentenceCount(string text) => SentenceEnd().Count(text);

    /// <summary>The generated slice is the generator's own output, byte for byte, so it can be made again.</summary>
    [Fact]
    public void GeneratedSlice_IsTheFirstArticlesOfTheHeldOutSplit()
    {
        var lines = File.ReadAllLines(Path.Combine(DataFolder, DatasetCatalog.GeneratedHeldOutFile));
        var generated = HowToCorpus.Generate(CorpusSplit.HeldOut, lines.Length)
            .Select(article => System.Text.Encoding.UTF8.GetString(WikiLinguaJsonlWriter.ToLine(article)).TrimEnd('\n'));

        lines.Should().HaveCountGreaterThanOrEqualTo(20).And.Equal(generated);
    }

    private static async Task<List<WikiLinguaArticle>> LoadSampleArticlesAsync()
    {
        var generated = await DatasetLoader.LoadAsync(Path.Combine(DataFolder, DatasetCatalog.GeneratedHeldOutFile), cancellationToken: TestContext.Current.CancellationToken);
        generated.Problems.Should().BeEmpty();
        return [.. (await LoadCorpusAsync()).Articles, .. generated.Articles];
    }

    private static Task<ArticleLoadResult> LoadCorpusAsync() =>
        DatasetLoader.LoadAsync(Path.Combine(DataFolder, DatasetCatalog.SampleCorpusFile), cancellationToken: TestContext.Current.CancellationToken);

    [GeneratedRegex(@"[.!?](?=\s|$)")]
    private static partial Regex SentenceEnd();
}
