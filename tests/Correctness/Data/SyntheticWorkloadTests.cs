using Llama2Validation.Harness;
using Llama2Validation.Harness.Data;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Data;

public sealed class SyntheticWorkloadTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public void Uniform_GivesCountPromptsOfTheGivenLength_WithoutText()
    {
        var examples = SyntheticWorkloads.Uniform(100, 529);

        examples.Should().HaveCount(100);
        examples.Should().OnlyContain(example => example.SyntheticPromptTokens == 529 && example.Document.Length == 0 && example.Reference.Length == 0);
        examples.Select(example => example.Id).Should().OnlyHaveUniqueItems().And.StartWith("uniform-001").And.EndWith("uniform-100");
    }

    [Fact]
    public async Task Catalog_Uniform_DefaultsToTheGpuLabAnchor()
    {
        var prepared = await DatasetCatalog.PrepareAsync(new DatasetRequest { Dataset = "uniform" }, RepositoryLayout.Current, TestContext.Current.CancellationToken);

        prepared.Name.Should().Be("uniform-100x529");
        prepared.IsSynthetic.Should().BeTrue();
        prepared.Examples.Sum(example => example.SyntheticPromptTokens).Should().Be(100 * 529);
    }

    [Fact]
    public void FromDocumentTokens_AddsTheSuffixTokens_AndReportsBadRows()
    {
        var path = folder.Write("tokens.tsv", "url\tllama2_doc_tokens\nhttps://howto.example/A\t326\nhttps://howto.example/B\tlots\n\nhttps://howto.example/A\t5\nhttps://howto.example/C\t42\n");

        var result = SyntheticWorkloads.FromDocumentTokens(path);

        result.Examples.Select(example => (example.Id, example.SyntheticPromptTokens))
            .Should().Equal(("https://howto.example/A", 340), ("https://howto.example/C", 56));
        result.Problems.Select(problem => problem.Line).Should().Equal(3, 5);
    }

    [Fact]
    public async Task Catalog_W100_FollowsTheSeedsDocumentLengths()
    {
        var seed = RepositoryLayout.Current.SeedReferenceFolder;
        if (seed is null)
        {
            Assert.Skip($"The seed reference folder (../shared/seed-reference or {RepositoryLayout.SeedReferenceVariable}) is absent.");
        }

        var prepared = await DatasetCatalog.PrepareAsync(new DatasetRequest { Dataset = "w100" }, RepositoryLayout.Current, TestContext.Current.CancellationToken);

        prepared.Problems.Should().BeEmpty();
        prepared.Examples.Should().HaveCount(100);
        var documentTokens = prepared.Examples.Select(example => example.SyntheticPromptTokens!.Value - SyntheticWorkloads.PromptSuffixTokens).ToList();
        documentTokens.Average().Should().BeApproximately(515.4, 0.05);
        documentTokens.Min().Should().Be(42);
        documentTokens.Max().Should().Be(3583);
        prepared.Examples.Select(example => example.Id).Should().BeSubsetOf(File.ReadAllLines(Path.Combine(seed, "100_articles.txt")));
    }

    [Fact]
    public async Task Catalog_W100_WithAManifest_FollowsTheManifestOrder()
    {
        var tokens = folder.Write("tokens.tsv", "url\tllama2_doc_tokens\nhttps://howto.example/A\t10\nhttps://howto.example/B\t20\n");
        var manifest = folder.Write("order.txt", "https://howto.example/B\nhttps://howto.example/A\nhttps://howto.example/Z\n");

        var prepared = await DatasetCatalog.PrepareAsync(
            new DatasetRequest { Dataset = "w100", DocumentTokensPath = tokens, ManifestPath = manifest },
            RepositoryLayout.Current,
            TestContext.Current.CancellationToken);

        prepared.Examples.Select(example => example.SyntheticPromptTokens).Should().Equal(34, 24);
        prepared.MissingIds.Should().Equal("https://howto.example/Z");
    }

    public void Dispose() => folder.Dispose();
}
