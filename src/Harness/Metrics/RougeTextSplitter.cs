namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// rouge_score's first two tokenizer steps without building intermediate strings: Python's
/// <c>str.lower()</c>, then every run of characters outside <c>[a-z0-9]</c> is a separator.
/// </summary>
internal static class RougeTextSplitter
{
    /// <summary>
    /// Writes the tokens' characters back to back into <paramref name="characters"/> (at least as long
    /// as <paramref name="text"/>) and appends each token's (start, length) to <paramref name="tokens"/>.
    /// </summary>
    public static void Split(ReadOnlySpan<char> text, Span<char> characters, List<(int Start, int Length)> tokens)
    {
        var written = 0;
        var start = 0;
        foreach (var character in text)
        {
            var lowered = LowerToTokenCharacter(character);
            if (lowered != '\0')
            {
                characters[written++] = lowered;
            }

            // U+0130 lowers to "i" + U+0307 in Python, and the combining dot then ends the token.
            if (lowered == '\0' || character == CapitalIWithDotAbove)
            {
                if (written > start)
                {
                    tokens.Add((start, written - start));
                }

                start = written;
            }
        }

        if (written > start)
        {
            tokens.Add((start, written - start));
        }
    }

    private const char CapitalIWithDotAbove = '\u0130';

    private const char KelvinSign = '\u212A';

    /// <summary>
    /// The ASCII letter or digit that <paramref name="character"/> contributes after Python's lower(), or
    /// '\0' for a separator. Apart from ASCII, only U+0130 and U+212A lower to ASCII letters or digits (checked
    /// over every code point with Python 3.11); surrogates belong to characters outside the BMP, none of which do.
    /// </summary>
    private static char LowerToTokenCharacter(char character) => character switch
    {
        >= 'a' and <= 'z' or >= '0' and <= '9' => character,
        >= 'A' and <= 'Z' => (char)(character + ('a' - 'A')),
        CapitalIWithDotAbove => 'i',
        KelvinSign => 'k',
        _ => '\0',
    };
}
