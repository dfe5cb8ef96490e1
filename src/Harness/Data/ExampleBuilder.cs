using System.Diagnostics.CodeAnalysis;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// Builds examples exactly as the seed did: the first section's document, its summary as the reference,
/// and the prompt <see cref="Example.Prompt"/> (document + <see cref="Example.PromptSuffix"/>, no
/// truncation; the engine adds BOS). Later sections are ignored, as the seed ignored them.
/// </summary>
public static class ExampleBuilder
{
    public static ExampleBuildResult Build(IEnumerable<WikiLinguaArticle> articles)
    {
        ArgumentNullException.ThrowIfNull(articles);
        var examples = new List<Example>();
        var problems = new List<DatasetProblem>();
        foreach (var article in articles)
        {
            if (TryBuild(article, out var example, out var problem))
            {
                examples.Add(example);
            }
            else
            {
                problems.Add(new DatasetProblem(article.Url, null, problem));
            }
        }

        return new ExampleBuildResult(examples, problems);
    }

    public static bool TryBuild(
        WikiLinguaArticle article,
        [NotNullWhen(true)] out Example? example,
        [NotNullWhen(false)] out string? problem)
    {
        ArgumentNullException.ThrowIfNull(article);
        example = null;
        problem = null;
        if (article.Sections.Count == 0)
        {
            problem = "article has no sections, so there is no first section to summarise";
            return false;
        }

        var first = article.Sections[0];
        if (string.IsNullOrWhiteSpace(first.Document))
        {
            problem = "first section's document is empty";
            return false;
        }

        example = new Example { Id = article.Url, Document = first.Document, Reference = first.Summary };
        return true;
    }
}
