using System.Globalization;

namespace Llama2Validation.Cli.Commands;

/// <summary>Option values of the form "AxB" (100x529, 5x4096): two positive whole numbers.</summary>
internal static class CountByNumber
{
    /// <summary>The two numbers; null when the text is absent or not of that form.</summary>
    public static (int First, int Second)? Parse(string? text)
    {
        var parts = text?.Split('x', 'X');
        return parts is [var first, var second]
            && int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var a) && a > 0
            && int.TryParse(second, NumberStyles.None, CultureInfo.InvariantCulture, out var b) && b > 0
                ? (a, b)
                : null;
    }
}
