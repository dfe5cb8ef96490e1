using Llama2Validation.Harness;
using Llama2Validation.Harness.Data;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Data;

public sealed class ManifestTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public void Parse_SkipsBlankLinesAndComments_AndKeepsUrlFragments()
    {
        var manifest = Manifest.Parse("# header\r\nhttps://howto.example/B\n\n   \n  https://howto.example/A#part  \n# https://howto.example/C\n", "m.txt");

        manifest.Ids.Should().Equal("https://howto.example/B", "https://howto.example/A#part");
        manifest.Problems.Should().BeEmpty();
    }

    [Fact]
    public void Parse_DuplicateUrl_IsReportedWithBothLines_AndCountedOnce()
    {
        var manifest = Manifest.Parse("https://howto.example/A\nhttps://howto.example/B\nhttps://howto.example/A\n", "m.txt");

        manifest.Ids.Should().Equal("https://howto.example/A", "https://howto.example/B");
        manifest.Problems.Should().ContainSingle().Which.ToString().Should().Be("m.txt:3: duplicate https://howto.example/A (first on line 1); kept the first");
    }

    [Fact]
    public void Select_FollowsManifestOrder_AndListsMissingUrls()
    {
        var articles = new[] { "A", "B", "C" }.Select(Article).ToList();
        var manifest = Manifest.Parse("https://howto.example/C\nhttps://howto.example/Gone\nhttps://howto.example/A\nhttps://howto.example/C\n", "m.txt");

        var selection = ManifestSelection.Select(articles, article => article.Url, manifest);

        selection.Items.Select(article => article.Url).Should().Equal("https://howto.example/C", "https://howto.example/A");
        selection.MissingIds.Should().Equal("https://howto.example/Gone");
        manifest.Problems.Should().ContainSingle().Which.Line.Should().Be(4);
    }

    [Fact]
    public async Task Catalog_FileWithManifest_ReportsMissingAndDuplicateUrls_AndRunsTheRestInManifestOrder()
    {
        var dataset = folder.Write("rows.jsonl", string.Join('\n', new[] { "A", "B", "C" }.Select(Row)));
        var manifestPath = folder.Write("pick.txt", "https://howto.example/B\nhttps://howto.example/Missing\nhttps://howto.example/A\nhttps://howto.example/B\n");

        var prepared = await DatasetCatalog.PrepareAsync(
            new DatasetRequest { Dataset = dataset, ManifestPath = manifestPath },
            RepositoryLayout.Current,
            TestContext.Current.CancellationToken);

        prepared.Name.Should().Be("rows");
        prepared.Examples.Select(example => example.Id).Should().Equal("https://howto.example/B", "https://howto.example/A");
        prepared.MissingIds.Should().Equal("https://howto.example/Missing");
        prepared.Problems.Should().ContainSingle().Which.ToString().Should().Be($"{manifestPath}:4: duplicate https://howto.example/B (first on line 1); kept the first");
    }

    [Fact]
    public void Load_MissingManifest_ThrowsNamingThePath()
    {
        var path = folder.PathOf("absent.txt");

        var load = () => Manifest.Load(path);

        load.Should().Throw<FileNotFoundException>().Which.Message.Should().Contain(path);
    }

    public void Dispose() => folder.Dispose();

    private static WikiLinguaArticle Article(string name) =>
        new($"https://howto.example/{name}", [new WikiLinguaSection("s", $"Doc {name}.", $"Sum {name}.")]);

    private static string Row(string name) =>
        $$$"""{"url": "https://howto.example/{{{name}}}", "article": {"section_name": ["s"], "document": ["Doc {{{name}}}."], "summary": ["Sum {{{name}}}."]}}""";
}
