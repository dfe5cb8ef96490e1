using System.Globalization;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// Gathers rows from any reader into one result: keeps the first article of a URL and reports later
/// ones, turns failed rows into <c>file:line</c> problems, and folds skips into one problem per reason
/// so that a large multilingual file does not produce a problem per skipped row.
/// </summary>
internal sealed class ArticleCollector(string path, DatasetFormat format)
{
    private readonly List<WikiLinguaArticle> articles = [];
    private readonly List<DatasetProblem> problems = [];
    private readonly Dictionary<string, int> firstLineByUrl = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (int Count, int FirstLine)> skips = new(StringComparer.Ordinal);

    public void Add(int line, RowOutcome outcome)
    {
        if (outcome.Problem is { } problem)
        {
            AddProblem(line, problem);
        }
        else if (outcome.SkipReason is { } reason)
        {
            skips[reason] = skips.TryGetValue(reason, out var seen) ? (seen.Count + 1, seen.FirstLine) : (1, line);
        }
        else if (outcome.Article is { } article)
        {
            if (firstLineByUrl.TryGetValue(article.Url, out var firstLine))
            {
                AddProblem(line, string.Create(CultureInfo.InvariantCulture, $"duplicate url {article.Url} (first on line {firstLine}); kept the first"));
                return;
            }

            firstLineByUrl.Add(article.Url, line);
            articles.Add(article);
        }
    }

    public void AddProblem(int? line, string reason) => problems.Add(new DatasetProblem(path, line, reason));

    public ArticleLoadResult ToResult()
    {
        var all = new List<DatasetProblem>(problems);
        all.AddRange(skips.Select(skip => new DatasetProblem(
            path,
            skip.Value.FirstLine,
            string.Create(CultureInfo.InvariantCulture, $"skipped {skip.Value.Count} row(s): {skip.Key}"))));
        return new ArticleLoadResult(path, format, articles, all);
    }
}
