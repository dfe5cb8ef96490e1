namespace Llama2Validation.Harness.Memory.Layouts;

/// <summary>A card's candidates, fastest first among those that fit, and the one the gate runs.</summary>
public sealed record LayoutPlan(long CardMiB, long BudgetMiB, LayoutWorkload Workload, IReadOnlyList<LayoutCandidate> Candidates)
{
    /// <summary>The fastest candidate that fits the budget; on a card nothing fits, the smallest, so the run reports its out-of-memory.</summary>
    public LayoutCandidate Choice => Candidates.FirstOrDefault(c => c.Fits) ?? Candidates.MinBy(c => c.Prediction.TotalBytes)!;
}
