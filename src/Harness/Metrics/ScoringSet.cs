using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// Documents scored together (one seed file, or one run of a results.json); <see cref="SkippedDocuments"/>
/// counts those left out because they have no reference or did not complete.
/// </summary>
public sealed record ScoringSet(string Name, IReadOnlyList<ScoringPair> Pairs, int SkippedDocuments = 0)
{
    /// <summary>A run's completed documents that carry a reference.</summary>
    public static ScoringSet FromRun(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var pairs = new List<ScoringPair>(run.Documents.Count);
        foreach (var document in run.Documents)
        {
            if (document.Outcome == DocumentOutcome.Ok && document.Reference is not null)
            {
                pairs.Add(new ScoringPair(document.Id, document.Reference, document.Output));
            }
        }

        return new ScoringSet(run.Strategy, pairs, run.Documents.Count - pairs.Count);
    }
}
