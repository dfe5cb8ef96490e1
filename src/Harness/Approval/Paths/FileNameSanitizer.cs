using System.Security.Cryptography;
using System.Text;

namespace Llama2Validation.Harness.Approval.Paths;

/// <summary>
/// Turns class, strategy and model names into safe file-name parts: only letters, digits, '-' and '_'
/// survive (the '.' separates parts, so no ".." can appear), the length is capped, and a name that had
/// to change gets a short hash of the original so two distinct names never share a file.
/// </summary>
public static class FileNameSanitizer
{
    public const int MaximumLength = 80;

    private const int HashLength = 8;

    public static string Sanitize(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var kept = new StringBuilder(name.Length);
        foreach (var character in name)
        {
            kept.Append(IsAllowed(character) ? character : '-');
        }

        var candidate = kept.ToString();
        if (candidate.Length > 0 && candidate == name && candidate.Length <= MaximumLength)
        {
            return candidate;
        }

        var prefixLength = Math.Min(candidate.Length, MaximumLength - HashLength - 1);
        var prefix = candidate[..prefixLength].Trim('-');
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..HashLength];
        return prefix.Length == 0 ? $"x-{hash}" : $"{prefix}-{hash}";
    }

    public static bool IsAllowed(char character) =>
        char.IsAsciiLetterOrDigit(character) || character is '-' or '_';
}
