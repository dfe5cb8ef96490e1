namespace Llama2Validation.Harness.Data;

/// <summary>What one dataset file gave: the articles that loaded, in file order, and every problem met.</summary>
public sealed record ArticleLoadResult(
    string Path,
    DatasetFormat Format,
    IReadOnlyList<WikiLinguaArticle> Articles,
    IReadOnlyList<DatasetProblem> Problems);
