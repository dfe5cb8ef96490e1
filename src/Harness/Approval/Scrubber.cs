using System.Text.RegularExpressions;

namespace Llama2Validation.Harness.Approval;

/// <summary>Replaces a value that legitimately varies between runs (a time, a path, a date) before comparing.</summary>
public sealed record Scrubber(string Name, Regex Pattern, string Replacement)
{
    public string Apply(string text) => Pattern.Replace(text, Replacement);

    /// <summary>Replaces one literal value, such as the repository root, wherever it appears.</summary>
    public static Scrubber Literal(string name, string value, string replacement) =>
        new(name, new Regex(Regex.Escape(value), RegexOptions.CultureInvariant), replacement);
}
