using Llama2Validation.Harness;

namespace Llama2Validation.Tests.Correctness.Layering;

/// <summary>
/// The library's domains (the folders under src/Harness, one namespace each with its subfolders) depend on
/// each other in one direction only, so each can be read, tested and moved without the ones above it.
/// </summary>
public sealed class NamespaceCycleTests
{
    private const string Root = "Llama2Validation.Harness";

    [Fact]
    public void The_library_s_domains_form_no_cycle()
    {
        var references = new NamespaceReferences(typeof(HarnessInfo).Assembly, Domain);

        var cycles = NamespaceCycles.Of(references.Edges);

        cycles.Should().BeEmpty(Describe(cycles, references));
    }

    [Fact]
    public void A_cycle_is_found_where_there_is_one()
    {
        var cycles = NamespaceCycles.Of(new Dictionary<string, HashSet<string>>
        {
            ["A"] = ["B"],
            ["B"] = ["C"],
            ["C"] = ["A"],
            ["D"] = ["A"],
        });

        cycles.Should().ContainSingle().Which.Should().Equal("A", "B", "C");
    }

    /// <summary>Llama2Validation.Harness.Running.Worker → Running; the root namespace is a node of its own.</summary>
    private static string Domain(string ns) =>
        ns == Root ? "(root)" : ns.StartsWith(Root + ".", StringComparison.Ordinal) ? ns[(Root.Length + 1)..].Split('.')[0] : ns;

    private static string Describe(IReadOnlyList<IReadOnlyList<string>> cycles, NamespaceReferences references) =>
        "no domain may use one that uses it back; found: " + string.Join("; ", cycles.Select(cycle =>
            string.Join(", ", cycle) + " (" + string.Join(" | ", cycle.SelectMany(from => cycle
                .Where(to => references.Edges.GetValueOrDefault(from)?.Contains(to) == true)
                .Select(to => $"{from} → {to}: {references.Example(from, to)}"))) + ")"));
}
