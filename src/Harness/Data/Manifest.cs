using System.Globalization;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// A list of article ids (URLs for WikiLingua, <c>gem_id</c>s for GEM) that selects and orders the
/// documents of a run, in the seed's <c>100_articles.txt</c> format: one id a line. Blank lines and
/// whole-line <c>#</c> comments are allowed (a <c>#</c> inside a URL is part of it). A repeated id is a
/// problem and only its first place counts.
/// </summary>
public sealed record Manifest(string Source, IReadOnlyList<string> Ids, IReadOnlyList<DatasetProblem> Problems)
{
    public static Manifest Load(string path)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Manifest file not found: {full}", full);
        }

        return Parse(File.ReadAllText(full), full);
    }

    public static Manifest Parse(string text, string source)
    {
        ArgumentNullException.ThrowIfNull(text);
        var ids = new List<string>();
        var problems = new List<DatasetProblem>();
        var firstLineById = new Dictionary<string, int>(StringComparer.Ordinal);
        var lineNumber = 0;
        foreach (var rawLine in text.Split('\n'))
        {
            lineNumber++;
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            if (firstLineById.TryGetValue(line, out var firstLine))
            {
                problems.Add(new DatasetProblem(source, lineNumber, string.Create(CultureInfo.InvariantCulture, $"duplicate {line} (first on line {firstLine}); kept the first")));
                continue;
            }

            firstLineById.Add(line, lineNumber);
            ids.Add(line);
        }

        return new Manifest(source, ids, problems);
    }
}
