using Llama2Validation.Harness.Approval.Paths;

namespace Llama2Validation.Tests.Correctness.Approval.Paths;

public sealed class FileNameSanitizerTests
{
    [Theory]
    [InlineData("default")]
    [InlineData("8-bit")]
    [InlineData("l2v-tiny")]
    [InlineData("A100")]
    public void OrdinaryNames_AreKept(string name) => FileNameSanitizer.Sanitize(name).Should().Be(name);

    [Theory]
    [InlineData("../../etc/passwd")]
    [InlineData("..")]
    [InlineData("/abs/path")]
    [InlineData("C:\\windows")]
    [InlineData("name with spaces")]
    [InlineData("q4.0")]
    [InlineData("")]
    [InlineData("ünïcode")]
    public void OtherNames_KeepOnlySafeCharacters_AndGetAHashSuffix(string name)
    {
        var sanitised = FileNameSanitizer.Sanitize(name);

        sanitised.Should().MatchRegex("^[A-Za-z0-9_-]+-[0-9a-f]{8}$");
        sanitised.Should().NotContain("..").And.NotContain("/").And.NotContain("\\");
    }

    [Fact]
    public void DistinctNames_NeverCollide()
    {
        string[] names = ["a/b", "a-b", "a b", "a.b", "a\\b", "a_b"];

        names.Select(FileNameSanitizer.Sanitize).Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void LongNames_AreCapped_AndStayDistinct()
    {
        var first = FileNameSanitizer.Sanitize(new string('x', 300) + "1");
        var second = FileNameSanitizer.Sanitize(new string('x', 300) + "2");

        first.Length.Should().BeLessThanOrEqualTo(FileNameSanitizer.MaximumLength);
        first.Should().NotBe(second);
    }
}
