using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>
/// Compares the greedy outputs of recording passes document by document on token ids (not text: bytes of a
/// partial UTF-8 character decode alike). A strategy whose outputs move from pass to pass on one card
/// cannot have a snapshot; its floors can still be proposed.
/// </summary>
public static class OutputStability
{
    /// <param name="passes">Each pass's runs, in pass order; a strategy run twice in one pass counts twice.</param>
    public static IReadOnlyList<StrategyStability> Compare(IReadOnlyList<IReadOnlyList<RunResult>> passes)
    {
        ArgumentNullException.ThrowIfNull(passes);
        var byStrategy = new Dictionary<string, List<Dictionary<string, IReadOnlyList<int>>>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var run in passes.SelectMany(pass => pass))
        {
            if (!byStrategy.TryGetValue(run.Strategy, out var runs))
            {
                byStrategy[run.Strategy] = runs = [];
                order.Add(run.Strategy);
            }

            runs.Add(run.Documents
                .GroupBy(d => d.Id, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.First().OutputTokenIds, StringComparer.Ordinal));
        }

        return [.. order.Select(strategy => Of(strategy, byStrategy[strategy]))];
    }

    private static StrategyStability Of(string strategy, List<Dictionary<string, IReadOnlyList<int>>> runs)
    {
        var first = runs[0];
        var differing = first
            .Where(document => runs.Skip(1).Any(run => !run.TryGetValue(document.Key, out var other) || !other.SequenceEqual(document.Value)))
            .Select(document => document.Key)
            .ToList();
        return new StrategyStability(strategy, runs.Count, first.Count, differing);
    }
}
