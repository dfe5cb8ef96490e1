using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Reports;

/// <summary>Reports list strategies as the catalog does, so the same strategy sits in the same place every time.</summary>
internal static class StrategyOrder
{
    public static IEnumerable<string> Sort(IEnumerable<string> strategies)
    {
        var catalog = StrategyCatalog.Names.ToList();
        return strategies
            .Select((name, appearance) => (name, appearance, rank: catalog.FindIndex(c => string.Equals(c, name, StringComparison.OrdinalIgnoreCase))))
            .OrderBy(s => s.rank < 0 ? int.MaxValue : s.rank)
            .ThenBy(s => s.appearance)
            .Select(s => s.name);
    }
}
