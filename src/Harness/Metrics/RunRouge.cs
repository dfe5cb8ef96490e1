using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Metrics;

/// <summary>A run's ROUGE-1, from its documents: the same figure for worker, endpoint and resumed runs.</summary>
public static class RunRouge
{
    /// <summary>Mean per-document ROUGE-1 F1 where references exist (rouge_score-exact); the plain mean, so no seed is needed.</summary>
    public static double? MeanRouge1(RunResult run)
    {
        var set = ScoringSet.FromRun(run);
        return set.Pairs.Count == 0 ? null : new RougeEvaluator().Evaluate(set, seed: 0).Aggregate?.Rouge1.Mean.F1;
    }
}
