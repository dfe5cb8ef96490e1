using Llama2Validation.Harness.Data;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Data;

public sealed class WikiLinguaJsonlTests : IDisposable
{
    private const string TwoSectionRow =
        """{"url": "https://howto.example/A", "article": {"section_name": ["First", "Second"], "document": ["Doc one.", "Doc two."], "summary": ["Sum one.", "Sum two."]}}""";

    private const string OneSectionRow =
        """{"url": "https://howto.example/B", "article": {"section_name": ["Only"], "document": ["Doc B."], "summary": ["Sum B."]}, "extra": 1}""";

    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task Load_ReadsHuggingFaceRows_IntoSectionsInFileOrder()
    {
        var path = folder.Write("rows.jsonl", TwoSectionRow + "\n\n" + OneSectionRow + "\n");

        var result = await DatasetLoader.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        result.Format.Should().Be(DatasetFormat.WikiLinguaJsonl);
        result.Problems.Should().BeEmpty();
        result.Articles.Select(article => article.Url).Should().Equal("https://howto.example/A", "https://howto.example/B");
        result.Articles[0].Sections.Should().Equal(
            new WikiLinguaSection("First", "Doc one.", "Sum one."),
            new WikiLinguaSection("Second", "Doc two.", "Sum two."));
    }

    [Fact]
    public async Task Load_MalformedLine_IsReportedWithFileAndLine_AndTheOthersStillLoad()
    {
        var path = folder.Write("broken.jsonl", TwoSectionRow + "\n{\"url\": \"https://howto.example/X\", \"article\": \n" + OneSectionRow + "\n");

        var result = await DatasetLoader.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        result.Articles.Select(article => article.Url).Should().Equal("https://howto.example/A", "https://howto.example/B");
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(2);
        problem.ToString().Should().StartWith($"{path}:2: invalid JSON");
    }

    [Theory]
    [InlineData("""{"article": {"section_name": [], "document": [], "summary": []}}""", "missing \"url\"")]
    [InlineData("""{"url": "https://howto.example/C"}""", "missing \"article\" object")]
    [InlineData("""{"url": "https://howto.example/C", "article": {"section_name": ["a"], "document": ["b", "c"], "summary": ["d"]}}""", "section_name 1, document 2, summary 1")]
    [InlineData("""{"url": "https://howto.example/C", "article": {"section_name": ["a"], "document": [7], "summary": ["d"]}}""", "\"document\"[0] is a number")]
    [InlineData("""["not", "an", "object"]""", "row is a list")]
    public async Task Load_RowWithWrongShape_GivesAProblemThatSaysWhy(string row, string expectedReason)
    {
        var path = folder.Write("shape.jsonl", OneSectionRow + "\n" + row + "\n");

        var result = await DatasetLoader.LoadAsync(path, DatasetFormat.WikiLinguaJsonl, TestContext.Current.CancellationToken);

        result.Articles.Should().ContainSingle().Which.Url.Should().Be("https://howto.example/B");
        result.Problems.Should().ContainSingle().Which.ToString().Should().StartWith($"{path}:2: ").And.Contain(expectedReason);
    }

    [Fact]
    public async Task Load_RepeatedUrl_KeepsTheFirstAndReportsTheRepeat()
    {
        var path = folder.Write("repeat.jsonl", OneSectionRow + "\n" + TwoSectionRow + "\n" + OneSectionRow.Replace("Doc B.", "Other text.", StringComparison.Ordinal) + "\n");

        var result = await DatasetLoader.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        result.Articles.Should().HaveCount(2);
        result.Articles[0].Sections[0].Document.Should().Be("Doc B.");
        result.Problems.Should().ContainSingle().Which.ToString().Should().Be($"{path}:3: duplicate url https://howto.example/B (first on line 1); kept the first");
    }

    [Fact]
    public async Task Load_MissingFile_ThrowsNamingThePath()
    {
        var path = folder.PathOf("absent.jsonl");

        var load = () => DatasetLoader.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        (await load.Should().ThrowAsync<FileNotFoundException>()).Which.Message.Should().Contain(path);
    }

    [Fact]
    public async Task Load_ExplicitFormat_OverridesDetection()
    {
        var path = folder.Write("gem.jsonl", """{"gem_id": "g1", "source": "Text.", "target": "Sum."}""" + "\n");

        var detected = await DatasetLoader.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);
        var forced = await DatasetLoader.LoadAsync(path, DatasetFormat.WikiLinguaJsonl, TestContext.Current.CancellationToken);

        detected.Articles.Should().ContainSingle();
        forced.Format.Should().Be(DatasetFormat.WikiLinguaJsonl);
        forced.Articles.Should().BeEmpty();
        forced.Problems.Should().ContainSingle().Which.Reason.Should().Be("missing \"url\"");
    }

    public void Dispose() => folder.Dispose();
}
