namespace Llama2Validation.Tests.Correctness.Layering;

/// <summary>The cycles of a directed graph: every strongly connected group of two or more nodes.</summary>
internal static class NamespaceCycles
{
    public static IReadOnlyList<IReadOnlyList<string>> Of(IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var nodes = edges.Keys.Concat(edges.Values.SelectMany(v => v)).Distinct().Order(StringComparer.Ordinal).ToList();
        var reaches = nodes.ToDictionary(n => n, n => Reachable(n, edges));
        return [.. nodes
            .Select(n => (IReadOnlyList<string>)[.. nodes.Where(m => reaches[n].Contains(m) && reaches[m].Contains(n))])
            .Where(group => group.Count > 1)
            .DistinctBy(group => string.Join(",", group))];
    }

    private static HashSet<string> Reachable(string start, IReadOnlyDictionary<string, HashSet<string>> edges)
    {
        var seen = new HashSet<string> { start };
        var pending = new Stack<string>([start]);
        while (pending.TryPop(out var node))
        {
            foreach (var next in edges.GetValueOrDefault(node) ?? [])
            {
                if (seen.Add(next))
                {
                    pending.Push(next);
                }
            }
        }

        return seen;
    }
}
