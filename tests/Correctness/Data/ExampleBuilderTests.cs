using Llama2Validation.Harness.Data;

namespace Llama2Validation.Tests.Correctness.Data;

public sealed class ExampleBuilderTests
{
    [Fact]
    public void Build_UsesFirstSectionAndItsSummary_WithTheSeedsSuffix()
    {
        var article = new WikiLinguaArticle("https://howto.example/A",
        [
            new WikiLinguaSection("First", "Loosen the roots.  Keep spacing\nas is.", "Loosen roots."),
            new WikiLinguaSection("Second", "Water well.", "Water."),
        ]);

        var example = ExampleBuilder.Build([article]).Examples.Should().ContainSingle().Subject;

        example.Id.Should().Be("https://howto.example/A");
        example.Document.Should().Be("Loosen the roots.  Keep spacing\nas is.");
        example.Reference.Should().Be("Loosen roots.");
        example.Prompt.Should().Be("Loosen the roots.  Keep spacing\nas is.\n\n\nSummarize the above text in 1-3 sentences.");
        example.SyntheticPromptTokens.Should().BeNull();
    }

    [Fact]
    public void PromptSuffix_IsExactlyTheSeeds()
    {
        Example.PromptSuffix.Should().Be("\n\n\nSummarize the above text in 1-3 sentences.");
    }

    [Fact]
    public void Build_ArticleWithoutSectionsOrText_IsAProblem_NotACrash()
    {
        var articles = new[]
        {
            new WikiLinguaArticle("https://howto.example/Empty", []),
            new WikiLinguaArticle("https://howto.example/Blank", [new WikiLinguaSection("s", "   ", "Sum.")]),
            new WikiLinguaArticle("https://howto.example/Good", [new WikiLinguaSection("s", "Text.", "Sum.")]),
        };

        var result = ExampleBuilder.Build(articles);

        result.Examples.Select(example => example.Id).Should().Equal("https://howto.example/Good");
        result.Problems.Select(problem => problem.Source).Should().Equal("https://howto.example/Empty", "https://howto.example/Blank");
        result.Problems[0].ToString().Should().Contain("no sections");
    }
}
