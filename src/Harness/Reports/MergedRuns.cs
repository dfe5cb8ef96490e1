namespace Llama2Validation.Harness.Reports;

/// <summary>Runs from several files, one per hardware × strategy, in report order, and what the merge dropped.</summary>
public sealed record MergedRuns(IReadOnlyList<ReportRun> Runs, IReadOnlyList<string> Notes)
{
    /// <summary>Hardware labels in report order (most capable class first).</summary>
    public IReadOnlyList<string> Hardware { get; } = Runs.Select(r => r.Hardware).Distinct().ToList();

    /// <summary>Strategies in the catalog's order, then any others in the order they first appear.</summary>
    public IReadOnlyList<string> Strategies { get; } = StrategyOrder.Sort(Runs.Select(r => r.Strategy).Distinct()).ToList();

    public ReportRun? Find(string hardware, string strategy) =>
        Runs.FirstOrDefault(r => r.Hardware == hardware && r.Strategy == strategy);
}
