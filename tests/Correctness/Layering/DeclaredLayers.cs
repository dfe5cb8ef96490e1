using System.Text.RegularExpressions;

namespace Llama2Validation.Tests.Correctness.Layering;

/// <summary>
/// docs/architecture.md's two tables read as data, so the document is what the layering test asserts:
/// the library's domain edges (the block of <c>Domain → Other, Other</c> lines, with a <c>*</c> line for what every
/// domain may use and a ground-floor line) and the projects' "may reference" column.
/// </summary>
internal static partial class DeclaredLayers
{
    public const string Anywhere = "*";

    private static readonly Dictionary<string, string> AssemblyOfProject = new(StringComparer.Ordinal)
    {
        ["Harness"] = "Llama2Validation.Harness",
        ["Engine"] = "Llama2Validation.Engine",
        ["Worker"] = "l2v-worker",
        ["AbortingWorker"] = "l2v-aborting-worker",
        ["GgufFuzzing"] = "l2v-fuzz-gguf",
        ["Cli"] = "l2v",
        ["Support"] = "Llama2Validation.Tests.Support",
    };

    /// <summary>Domain → the domains it may use; the <see cref="Anywhere"/> entry holds what every domain may use.</summary>
    public static Dictionary<string, HashSet<string>> DomainEdges(string markdown)
    {
        var block = DomainBlock().Match(markdown);
        if (!block.Success)
        {
            throw new InvalidDataException("docs/architecture.md has no domain block (a fenced block of 'Domain → …' lines)");
        }

        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var line in block.Groups["body"].Value.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var arrow = line.IndexOf('→', StringComparison.Ordinal);
            if (arrow >= 0)
            {
                edges[line[..arrow].Trim()] = [.. Names(line[(arrow + 1)..])];
            }
            else if (line.EndsWith(": the ground floor", StringComparison.Ordinal))
            {
                foreach (var domain in Names(line[..line.LastIndexOf(':')]))
                {
                    edges[domain] = [];
                }
            }
        }

        return edges;
    }

    /// <summary>Assembly → the project assemblies it may reference, from the project table's last column.</summary>
    public static Dictionary<string, HashSet<string>> ProjectReferences(string markdown)
    {
        var references = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (Match row in ProjectRow().Matches(markdown))
        {
            var allowed = row.Groups["may"].Value;
            references[row.Groups["assembly"].Value] = [.. AssemblyOfProject
                .Where(project => Regex.IsMatch(allowed, $@"\b{project.Key}\b"))
                .Select(project => project.Value)];
        }

        return references;
    }

    /// <summary>The edges of <paramref name="actual"/> that <paramref name="declared"/> does not allow, as "From → To".</summary>
    public static IReadOnlyList<string> Undeclared(IReadOnlyDictionary<string, HashSet<string>> actual, IReadOnlyDictionary<string, HashSet<string>> declared)
    {
        var anywhere = declared.GetValueOrDefault(Anywhere) ?? [];
        return [.. actual
            .SelectMany(edge => edge.Value.Select(to => (From: edge.Key, To: to)))
            .Where(edge => !anywhere.Contains(edge.To) && declared.GetValueOrDefault(edge.From)?.Contains(edge.To) != true)
            .Select(edge => $"{edge.From} → {edge.To}")
            .Order(StringComparer.Ordinal)];
    }

    // A name list: "Native (library facts as data), Processes" → Native, Processes.
    private static string[] Names(string list) =>
        Parenthesised().Replace(list, "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"```\n(?<body>(?:[^`\n]*→[^\n]*\n|[^`\n]*: the ground floor\n)+)```")]
    private static partial Regex DomainBlock();

    [GeneratedRegex(@"^\| `[^`]+` \| `(?<assembly>[^`]+)` \|[^\n]*\| (?<may>[^|\n]*) \|$", RegexOptions.Multiline)]
    private static partial Regex ProjectRow();

    [GeneratedRegex(@"\([^)]*\)")]
    private static partial Regex Parenthesised();
}
