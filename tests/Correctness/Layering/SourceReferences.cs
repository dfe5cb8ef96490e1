using System.Text.RegularExpressions;

namespace Llama2Validation.Tests.Correctness.Layering;

/// <summary>
/// Which of the library's domains use which, read from the source: <c>using</c> directives and qualified names
/// such as <c>Approval.ModelIdentity.Sha256Prefix</c>. The compiled code misses a use of a constant (the
/// compiler copies its value), so an edge made only of constants is seen here and not there.
/// </summary>
internal static partial class SourceReferences
{
    /// <param name="libraryFolder">src/Harness: one folder per domain; files at its top belong to Root.</param>
    /// <param name="rootNamespace">The library's namespace, Llama2Validation.Harness.</param>
    public static Dictionary<string, HashSet<string>> Edges(string libraryFolder, string rootNamespace)
    {
        var domains = Directory.GetDirectories(libraryFolder).Select(Path.GetFileName).OfType<string>()
            .Where(name => name is not ("bin" or "obj")).ToHashSet(StringComparer.Ordinal);
        var edges = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var file in Directory.GetFiles(libraryFolder, "*.cs", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(libraryFolder, file).Split(Path.DirectorySeparatorChar);
            if (relative[0] is "bin" or "obj")
            {
                continue;
            }

            var from = relative.Length == 1 ? "Root" : relative[0];
            // Comments name other domains' types for the reader (crefs), which is no use of them.
            var text = string.Join('\n', File.ReadLines(file).Where(line => !line.TrimStart().StartsWith("//", StringComparison.Ordinal)));
            var used = Regex.Matches(text, $@"\b{Regex.Escape(rootNamespace)}\.(\w+)").Select(m => m.Groups[1].Value)
                .Concat(QualifiedName().Matches(text).Select(m => m.Groups["domain"].Value))
                .Where(domains.Contains)
                .Where(to => to != from);
            foreach (var to in used)
            {
                (edges.TryGetValue(from, out var targets) ? targets : edges[from] = []).Add(to);
            }
        }

        return edges;
    }

    // Domain.Type.Member, not preceded by a dot or a letter: a name qualified by its domain, not a property chain.
    [GeneratedRegex(@"(?<![\w.])(?<domain>[A-Z]\w*)\.[A-Z]\w*\.[A-Z]\w*")]
    private static partial Regex QualifiedName();
}
