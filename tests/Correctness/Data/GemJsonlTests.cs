using Llama2Validation.Harness.Data;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Data;

public sealed class GemJsonlTests : IDisposable
{
    private readonly TemporaryFolder folder = new();

    [Fact]
    public async Task Load_GemRows_BecomeOneSectionArticlesKeyedByGemId()
    {
        var path = folder.Write("gem.jsonl", string.Join('\n',
            """{"gem_id": "gem-en-1", "gem_parent_id": "gem-en-1", "source_language": "en", "target_language": "en", "source": "Doc one.", "target": "Sum one.", "references": ["Sum one."]}""",
            """{"gem_id": "gem-en-2", "source_language": "en", "target_language": "en", "source": "Doc two.", "target": "", "references": ["Ref two.", "Other."]}""",
            """{"gem_parent_id": "gem-parent-3", "source": "Doc three.", "target": "Sum three."}"""));

        var result = await DatasetLoader.LoadAsync(path, cancellationToken: TestContext.Current.CancellationToken);

        result.Format.Should().Be(DatasetFormat.GemJsonl);
        result.Problems.Should().BeEmpty();
        result.Articles.Should().Equal(
            [
                new WikiLinguaArticle("gem-en-1", [new WikiLinguaSection("", "Doc one.", "Sum one.")]),
                new WikiLinguaArticle("gem-en-2", [new WikiLinguaSection("", "Doc two.", "Ref two.")]),
                new WikiLinguaArticle("gem-parent-3", [new WikiLinguaSection("", "Doc three.", "Sum three.")]),
            ],
            (actual, expected) => actual.Url == expected.Url && actual.Sections.SequenceEqual(expected.Sections));
    }

    [Fact]
    public async Task Load_CrossLingualRows_AreSkippedAndCountedInOneProblem()
    {
        var path = folder.Write("mixed.jsonl", string.Join('\n',
            """{"gem_id": "es-1", "source_language": "es", "target_language": "en", "source": "Texto.", "target": "Summary."}""",
            """{"gem_id": "en-1", "source_language": "en", "target_language": "en", "source": "Text.", "target": "Summary."}""",
            """{"gem_id": "es-2", "source_language": "es", "target_language": "es", "source": "Texto.", "target": "Resumen."}"""));

        var result = await DatasetLoader.LoadAsync(path, DatasetFormat.GemJsonl, TestContext.Current.CancellationToken);

        result.Articles.Should().ContainSingle().Which.Url.Should().Be("en-1");
        var problem = result.Problems.Should().ContainSingle().Subject;
        problem.Line.Should().Be(1);
        problem.Reason.Should().StartWith("skipped 2 row(s)");
    }

    [Fact]
    public async Task Load_GemRowWithoutSource_IsAProblemOnItsLine()
    {
        var path = folder.Write("nosource.jsonl", string.Join('\n',
            """{"gem_id": "a", "source": "Text.", "target": "Summary."}""",
            """{"gem_id": "b", "target": "Summary."}"""));

        var result = await DatasetLoader.LoadAsync(path, DatasetFormat.GemJsonl, TestContext.Current.CancellationToken);

        result.Articles.Should().ContainSingle();
        result.Problems.Should().ContainSingle().Which.ToString().Should().Be($"{path}:2: missing \"source\"");
    }

    public void Dispose() => folder.Dispose();
}
