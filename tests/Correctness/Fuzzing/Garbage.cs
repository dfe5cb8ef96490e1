using System.Globalization;
using System.Text;

namespace Llama2Validation.Tests.Correctness.Fuzzing;

/// <summary>
/// Seeded hostile values for the option parser and the server's JSON: numbers out of every range,
/// odd Unicode, separators, huge strings. Deterministic per seed so a failure can be replayed.
/// </summary>
internal sealed class Garbage(int seed)
{
    private static readonly string[] Nasty =
    [
        "", " ", "-", "--", "=", "=x", "-1", "0", "1", "-0", "2147483648", "-2147483649", "99999999999999999999999",
        "1e309", "NaN", "Infinity", "0x10", "1.5", "1,5", "abc", "true", "null", "[]", "{}", "'", "\"", "\\", "%s%n",
        "../../etc/passwd", "/dev/null", "/proc", "💥", "\u202Etxt.exe", "名前", "a\tb", "line\nbreak", "[red]markup[/]",
        "{0}", "$(echo hi)", "q8_0", "f16", "default", "flash-attn", "sample", "tiny",
    ];

    private readonly Random random = new(seed);

    public int Seed { get; } = seed;

    public T Pick<T>(IReadOnlyList<T> items) => items[random.Next(items.Count)];

    public bool Chance(double probability) => random.NextDouble() < probability;

    public int Between(int low, int high) => random.Next(low, high);

    /// <summary>A value an option or a JSON string might carry.</summary>
    public string Text() => random.Next(10) switch
    {
        0 => new string((char)random.Next('a', 'z' + 1), random.Next(1, 5000)),
        1 => random.Next(int.MinValue, int.MaxValue).ToString(CultureInfo.InvariantCulture),
        2 => RandomUnicode(random.Next(1, 40)),
        _ => Pick(Nasty),
    };

    public string RandomUnicode(int length)
    {
        var text = new StringBuilder(length);
        for (var i = 0; i < length; i++)
        {
            // Any BMP scalar but the surrogates and NUL (a process argument cannot carry NUL).
            var code = random.Next(1, 0xFFFF);
            text.Append(code is >= 0xD800 and <= 0xDFFF ? '?' : (char)code);
        }

        return text.ToString();
    }

    public byte[] Bytes(int length)
    {
        var bytes = new byte[length];
        random.NextBytes(bytes);
        return bytes;
    }
}
