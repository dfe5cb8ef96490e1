using System.Reflection;
using Llama2Validation.Engine.Native;
using Llama2Validation.Harness;

namespace Llama2Validation.Tests.Correctness.Layering;

/// <summary>
/// docs/architecture.md is the layering's one statement: every edge between the library's domains, and every
/// reference between the projects' assemblies, is one the document declares. A new use of one domain by
/// another fails here until the document says it is meant.
/// </summary>
public sealed class DeclaredLayerTests
{
    private const string Generated = "(generated)";

    private static string Architecture => File.ReadAllText(Path.Combine(RepositoryLayout.Current.Root, "docs", "architecture.md"));

    [Fact]
    public void The_library_s_domains_use_only_the_edges_the_document_declares()
    {
        var assembly = typeof(HarnessInfo).Assembly;
        var root = assembly.GetName().Name!;
        // Types the compiler generates outside the library's namespaces (the regex source generator's) belong to no domain.
        var references = new NamespaceReferences(assembly, ns => ns == root ? "Root" : ns.StartsWith(root + ".", StringComparison.Ordinal) ? ns[(root.Length + 1)..].Split('.')[0] : Generated);
        var declared = DeclaredLayers.DomainEdges(Architecture);
        declared[DeclaredLayers.Anywhere].Add(Generated);

        references.Edges.Keys.Should().NotBeEmpty();
        references.Edges.Keys.Where(domain => domain != Generated).Should().BeSubsetOf(declared.Keys, "every domain has its line in docs/architecture.md");
        var undeclared = DeclaredLayers.Undeclared(references.Edges.Where(e => e.Key != Generated).ToDictionary(), declared);
        undeclared.Should().BeEmpty("docs/architecture.md declares every domain edge; found: " + string.Join("; ", undeclared.Select(e =>
            e + " (" + references.Example(e.Split(" → ")[0], e.Split(" → ")[1]) + ")")));
    }

    [Fact]
    public void The_library_s_source_uses_only_the_edges_the_document_declares()
    {
        var edges = SourceReferences.Edges(Path.Combine(RepositoryLayout.Current.Root, "src", "Harness"), typeof(HarnessInfo).Assembly.GetName().Name!);

        edges.Should().NotBeEmpty();

        var undeclared = DeclaredLayers.Undeclared(edges, DeclaredLayers.DomainEdges(Architecture));

        undeclared.Should().BeEmpty("docs/architecture.md declares every domain edge, constants included; found: " + string.Join("; ", undeclared));
    }

    [Fact]
    public void Each_project_references_only_the_projects_the_document_declares()
    {
        var declared = DeclaredLayers.ProjectReferences(Architecture);
        var projects = declared.Keys.ToHashSet(StringComparer.Ordinal);
        Assembly[] assemblies = [typeof(HarnessInfo).Assembly, typeof(LlamaNative).Assembly, Assembly.Load("l2v"), Assembly.Load("l2v-worker"), Assembly.Load("l2v-aborting-worker"), Assembly.Load("l2v-fuzz-gguf"), typeof(Support.TestSession).Assembly];

        var library = typeof(HarnessInfo).Assembly.GetName().Name!;
        declared.Keys.Should().Contain(assemblies.Select(a => a.GetName().Name!));
        foreach (var assembly in assemblies)
        {
            var name = assembly.GetName().Name!;
            // "every project above the library also references it directly"
            var allowed = name == library ? declared[name] : [.. declared[name], library];
            assembly.GetReferencedAssemblies().Select(r => r.Name!).Where(projects.Contains)
                .Should().BeSubsetOf(allowed, $"docs/architecture.md says what {name} may reference");
        }
    }

    [Fact]
    public void An_edge_the_document_does_not_declare_is_found()
    {
        var declared = DeclaredLayers.DomainEdges("```\nA              → B (why), C\nB              → C\n*              → S\nC, S: the ground floor\n```\n");
        var actual = new Dictionary<string, HashSet<string>> { ["A"] = ["B", "S"], ["B"] = ["C", "A"], ["C"] = ["S"] };

        DeclaredLayers.Undeclared(actual, declared).Should().Equal("B → A");
    }

    [Fact]
    public void A_reference_the_project_table_does_not_allow_is_not_declared()
    {
        var declared = DeclaredLayers.ProjectReferences(
            "| project | assembly | holds | may reference |\n| --- | --- | --- | --- |\n| `src/Harness.Engine` | `Llama2Validation.Engine` | engine | Harness, LLamaSharp |\n");

        declared["Llama2Validation.Engine"].Should().Equal("Llama2Validation.Harness");
    }
}
