using System.Text.RegularExpressions;

namespace Llama2Validation.Harness.Approval;

/// <summary>
/// The scrubbers snapshots are compared through. Scrubbing also touches model text ("took 5 s" reads
/// "took {time}"), which is safe because every snapshot also carries the exact token ids, unscrubbed.
/// </summary>
public static partial class Scrubbers
{
    public static Scrubber Dates { get; } = new("dates", DatePattern(), "{date}");

    public static Scrubber Timings { get; } = new("timings", TimingPattern(), "{time}");

    public static Scrubber Guids { get; } = new("guids", GuidPattern(), "{guid}");

    /// <summary>Paths of this checkout, the temp folder and the home folder, longest first so the most specific wins.</summary>
    public static IReadOnlyList<Scrubber> Paths(RepositoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        var candidates = new (string Value, string Replacement)[]
        {
            (Path.TrimEndingDirectorySeparator(layout.Root), "{repo}"),
            (Path.TrimEndingDirectorySeparator(Path.GetTempPath()), "{temp}"),
            (Path.TrimEndingDirectorySeparator(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile)), "{home}"),
        };
        return candidates
            .Where(c => c.Value.Length > 1)
            .OrderByDescending(c => c.Value.Length)
            .Select(c => Scrubber.Literal("paths", c.Value, c.Replacement))
            .ToList();
    }

    /// <summary>Paths first (they may contain digits that look like dates), then dates, GUIDs and timings.</summary>
    public static IReadOnlyList<Scrubber> Default(RepositoryLayout layout) => [.. Paths(layout), Dates, Guids, Timings];

    public static string Apply(IEnumerable<Scrubber> scrubbers, string text)
    {
        ArgumentNullException.ThrowIfNull(scrubbers);
        return scrubbers.Aggregate(text, (current, scrubber) => scrubber.Apply(current));
    }

    [GeneratedRegex(@"\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?\b", RegexOptions.CultureInvariant)]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"\b\d+(?:\.\d+)?\s?(?:ns|us|µs|ms|s|sec|secs|seconds?)\b", RegexOptions.CultureInvariant)]
    private static partial Regex TimingPattern();

    [GeneratedRegex(@"\b[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}\b", RegexOptions.CultureInvariant)]
    private static partial Regex GuidPattern();
}
