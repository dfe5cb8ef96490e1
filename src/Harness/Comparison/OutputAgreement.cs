using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// The head's greedy tokens against the base's, document by document. Greedy decoding of the same model
/// and prompt is deterministic on one machine, so any difference is the change's doing: intended (a
/// person approves it) or not (the gate has caught it).
/// </summary>
public sealed record OutputAgreement(int Documents, IReadOnlyList<DocumentDifference> Differences, IReadOnlyList<string> Missing)
{
    public bool Identical => Differences.Count == 0 && Missing.Count == 0;

    public static OutputAgreement Compare(RunResult baseRun, RunResult headRun)
    {
        ArgumentNullException.ThrowIfNull(baseRun);
        ArgumentNullException.ThrowIfNull(headRun);
        var head = headRun.Documents.Where(d => d.Outcome == DocumentOutcome.Ok).ToDictionary(d => d.Id, StringComparer.Ordinal);
        var differences = new List<DocumentDifference>();
        var missing = new List<string>();
        var compared = 0;
        foreach (var document in baseRun.Documents.Where(d => d.Outcome == DocumentOutcome.Ok))
        {
            if (!head.TryGetValue(document.Id, out var other))
            {
                missing.Add(document.Id);
                continue;
            }

            compared++;
            var step = FirstDifference(document.OutputTokenIds, other.OutputTokenIds);
            if (step is { } at)
            {
                differences.Add(new DocumentDifference(document.Id, at, document.OutputTokenIds.Count, other.OutputTokenIds.Count));
            }
        }

        missing.AddRange(head.Keys.Where(id => !baseRun.Documents.Any(d => d.Id == id && d.Outcome == DocumentOutcome.Ok)));
        return new OutputAgreement(compared, differences, missing);
    }

    private static int? FirstDifference(IReadOnlyList<int> first, IReadOnlyList<int> second)
    {
        var common = Math.Min(first.Count, second.Count);
        for (var i = 0; i < common; i++)
        {
            if (first[i] != second[i])
            {
                return i;
            }
        }

        return first.Count == second.Count ? null : common;
    }

    public override string ToString() =>
        Identical ? $"outputs: greedy tokens identical in all {Documents} documents"
        : $"outputs: {Differences.Count} of {Documents} documents differ"
            + (Differences.Count == 0 ? "" : $" (first at step {Differences.Min(d => d.FirstDifferingStep)}: {string.Join(", ", Differences.Take(5).Select(d => $"{d.Id} step {d.FirstDifferingStep}"))})")
            + (Missing.Count == 0 ? "" : $"; completed on one side only: {string.Join(", ", Missing.Take(5))}");
}
