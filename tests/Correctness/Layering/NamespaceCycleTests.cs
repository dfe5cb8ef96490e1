using System.Reflection;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness;

namespace Llama2Validation.Tests.Correctness.Layering;

/// <summary>
/// The library's domains (the folders under src/Harness, one namespace each with its subfolders) depend on
/// each other in one direction only, so each can be read, tested and moved without the ones above it; the
/// engine's likewise. And the library never references LLamaSharp: only the engine loads llama.cpp.
/// </summary>
public sealed class NamespaceCycleTests
{
    public static TheoryData<string> Assemblies => [typeof(HarnessInfo).Assembly.GetName().Name!, typeof(LlamaNative).Assembly.GetName().Name!];

    [Theory]
    [MemberData(nameof(Assemblies))]
    public void The_domains_of_an_assembly_form_no_cycle(string assemblyName)
    {
        var assembly = Assembly.Load(assemblyName);
        var references = new NamespaceReferences(assembly, ns => Domain(assemblyName, ns));

        var cycles = NamespaceCycles.Of(references.Edges);

        references.Edges.Should().NotBeEmpty("the reader must see the assembly's own namespaces");
        cycles.Should().BeEmpty(Describe(cycles, references));
    }

    [Fact]
    public void The_library_does_not_reference_llama_cpp_s_bindings()
    {
        typeof(HarnessInfo).Assembly.GetReferencedAssemblies().Select(a => a.Name)
            .Should().NotContain("LLamaSharp", "processes that only orchestrate runs must not be able to load native code");
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
    private static string Domain(string root, string ns) =>
        ns == root ? "(root)" : ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : ns;

    private static string Describe(IReadOnlyList<IReadOnlyList<string>> cycles, NamespaceReferences references) =>
        "no domain may use one that uses it back; found: " + string.Join("; ", cycles.Select(cycle =>
            string.Join(", ", cycle) + " (" + string.Join(" | ", cycle.SelectMany(from => cycle
                .Where(to => references.Edges.GetValueOrDefault(from)?.Contains(to) == true)
                .Select(to => $"{from} → {to}: {references.Example(from, to)}"))) + ")"));
}
