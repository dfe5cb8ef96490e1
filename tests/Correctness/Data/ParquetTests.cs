using System.Text.Json.Serialization;
using Llama2Validation.Harness.Data;
using Llama2Validation.Tests.Support;
using Parquet.Serialization;

namespace Llama2Validation.Tests.Correctness.Data;

public sealed class ParquetTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Theory]
    [InlineData("train.parquet")]
    [InlineData("train-00000-of-00001")]
    public async Task Load_HuggingFaceParquet_ReadsArticleStructOfThreeLists(string fileName)
    {
        var path = folder.PathOf(fileName);
        await ParquetSerializer.SerializeAsync(
            new[]
            {
                new Row
                {
                    Url = "https://howto.example/A",
                    Article = new ArticleColumns { SectionName = ["First", "Second"], Document = ["Doc one.", "Doc two."], Summary = ["Sum one.", "Sum two."] },
                },
                new Row
                {
                    Url = "https://howto.example/B",
                    Article = new ArticleColumns { SectionName = ["Only"], Document = ["Doc B."], Summary = ["Sum B."] },
                },
                new Row
                {
                    Url = "https://howto.example/Broken",
                    Article = new ArticleColumns { SectionName = ["One"], Document = ["Doc."], Summary = [] },
                },
            },
            path,
            cancellationToken: TestContext.Current.CancellationToken);

        var result = await DatasetLoader.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        result.Format.Should().Be(DatasetFormat.WikiLinguaParquet);
        result.Articles.Select(article => article.Url).Should().Equal("https://howto.example/A", "https://howto.example/B");
        result.Articles[0].Sections.Should().Equal(
            new WikiLinguaSection("First", "Doc one.", "Sum one."),
            new WikiLinguaSection("Second", "Doc two.", "Sum two."));
        result.Problems.Should().ContainSingle().Which.ToString().Should().Be($"{path}:3: article lists differ in length: section_name 1, document 1, summary 0");
    }

    [Fact]
    public async Task Load_ParquetWithAnotherSchema_IsOneFileProblem_NotAnException()
    {
        var path = folder.PathOf("other.parquet");
        await ParquetSerializer.SerializeAsync(new[] { new OtherRow { Title = "x" } }, path, cancellationToken: TestContext.Current.CancellationToken);

        var result = await DatasetLoader.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        result.Articles.Should().BeEmpty();
        result.Problems.Should().ContainSingle().Which.ToString().Should().StartWith($"{path}: schema is not wiki_lingua's");
    }

    public void Dispose() => folder.Dispose();

    private sealed class OtherRow
    {
        [JsonPropertyName("title")]
        public string Title { get; set; } = "";
    }

    // Written with Parquet.Net's own serializer, independent of the loader's untyped reader.
    private sealed class Row
    {
        [JsonPropertyName("url")]
        public string Url { get; set; } = "";

        [JsonPropertyName("article")]
        public ArticleColumns Article { get; set; } = new();
    }

    private sealed class ArticleColumns
    {
        [JsonPropertyName("section_name")]
        public List<string> SectionName { get; set; } = [];

        [JsonPropertyName("document")]
        public List<string> Document { get; set; } = [];

        [JsonPropertyName("summary")]
        public List<string> Summary { get; set; } = [];
    }
}
