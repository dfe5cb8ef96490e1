using Llama2Validation.Harness.Metrics;

namespace Llama2Validation.Tests.Correctness.Metrics;

public sealed class RougeTokenizerTests
{
    private static readonly RougeTokenizer Plain = new(useStemmer: false);

    [Theory]
    [InlineData("Hello, World!", "hello world")]
    [InlineData("  spaced\t\tout\nlines\r\n", "spaced out lines")]
    [InlineData("e-mail well-known x_y", "e mail well known x y")]
    [InlineData("3.14 is 22/7, 2nd 100%", "3 14 is 22 7 2nd 100")]
    [InlineData("don't won't it's", "don t won t it s")]
    [InlineData("rock’n’roll", "rock n roll")]
    [InlineData("café naïve Zürich", "caf na ve z rich")]
    [InlineData("straße ﬁne Ａbc", "stra e ne bc")]
    [InlineData("ΣΑΣ 😀 smile", "smile")]
    [InlineData("MiXeD CaSe", "mixed case")]
    public void Tokenize_LowercasesAndSplitsOnEverythingOutsideAsciiLettersAndDigits(string text, string expected) =>
        string.Join(' ', Plain.Tokenize(text)).Should().Be(expected);

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("...!?;:—–()[]")]
    [InlineData("日本語のテキスト")]
    public void Tokenize_TextWithoutAsciiLettersOrDigits_GivesNoTokens(string text) =>
        Plain.Tokenize(text).Should().BeEmpty();

    [Fact]
    public void Tokenize_CapitalIWithDot_LowersToIThenACombiningDotThatSplits()
    {
        // Python: "İstanbul".lower() == "i\u0307stanbul"; U+0307 is outside [a-z0-9], so it separates.
        string.Join(' ', Plain.Tokenize("İstanbul xİy")).Should().Be("i stanbul xi y");
    }

    [Fact]
    public void Tokenize_KelvinSign_LowersToAsciiK()
    {
        // Python: "\u212a".lower() == "k" (ASCII), so it stays inside the token.
        string.Join(' ', Plain.Tokenize("5\u212A o\u212Ay")).Should().Be("5k oky");
    }

    [Fact]
    public void Tokenize_AngstromSign_IsASeparator()
    {
        // Python: "\u212b".lower() == "\u00e5" (å), not ASCII.
        string.Join(' ', Plain.Tokenize("a\u212Bb")).Should().Be("a b");
    }

    [Fact]
    public void Tokenize_WithStemmer_StemsOnlyTokensLongerThanThreeCharacters()
    {
        var stemming = new RougeTokenizer(useStemmer: true);

        // "cats"/"runs" (4) are stemmed; "has"/"was"/"ies" (3) are not, although Porter would change them.
        string.Join(' ', stemming.Tokenize("Cats runs has was ies")).Should().Be("cat run has was ies");
    }

    [Fact]
    public void Tokenize_WithStemmer_StemsTheLoweredToken()
    {
        var stemming = new RougeTokenizer(useStemmer: true);

        string.Join(' ', stemming.Tokenize("RUNNING Generously, happily.")).Should().Be("run gener happili");
    }

    [Fact]
    public void Tokenize_ReusedAcrossTexts_GivesIndependentResults()
    {
        var tokenizer = new RougeTokenizer(useStemmer: true);
        var first = tokenizer.Tokenize("Flies fly");
        var second = tokenizer.Tokenize("a much longer sentence about flying birds");

        string.Join(' ', first).Should().Be("fli fly");
        string.Join(' ', second).Should().Be("a much longer sentenc about fli bird");
    }
}
