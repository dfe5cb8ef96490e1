namespace Llama2Validation.Harness.Data;

/// <summary>What reading one record gave: an article, a problem, or a deliberate skip (counted, not listed).</summary>
internal sealed record RowOutcome
{
    private RowOutcome()
    {
    }

    public WikiLinguaArticle? Article { get; private init; }

    public string? Problem { get; private init; }

    public string? SkipReason { get; private init; }

    public static RowOutcome Loaded(WikiLinguaArticle article) => new() { Article = article };

    public static RowOutcome Failed(string problem) => new() { Problem = problem };

    public static RowOutcome Skipped(string reason) => new() { SkipReason = reason };
}
