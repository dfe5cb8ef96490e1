using System.Text.RegularExpressions;

namespace Llama2Validation.Harness.Running.Endpoint;

/// <summary>
/// The last line of defence for the API key: every string the endpoint runner writes into a result
/// passes through here, so even a server that echoes the Authorization header cannot leak it.
/// A key long enough to be a real credential is removed wherever it appears. A short one ("wrong",
/// typed to test a 401) is also an ordinary word, and removing it everywhere rewrote the server's own
/// prose ("missing or wrong API key"); it is removed where a server would echo a value: after
/// "Bearer", a colon or an equals sign, or between quotes.
/// </summary>
public sealed class SecretRedactor(string? secret)
{
    public const string Mask = "[redacted]";

    /// <summary>Shorter keys are matched only in value positions (see the class summary).</summary>
    public const int MinimumAnywhereLength = 16;

    private readonly Regex? valuePositions = string.IsNullOrEmpty(secret) || secret.Length >= MinimumAnywhereLength
        ? null
        : new Regex(
            $"""(?<=(?:(?i:bearer)\s+|[:=]\s*|["'`])){Regex.Escape(secret)}|{Regex.Escape(secret)}(?=["'`])""",
            RegexOptions.CultureInvariant,
            TimeSpan.FromSeconds(1));

    public string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrEmpty(secret))
        {
            return text;
        }

        return valuePositions is null
            ? text.Replace(secret, Mask, StringComparison.Ordinal)
            : valuePositions.Replace(text, Mask);
    }
}
