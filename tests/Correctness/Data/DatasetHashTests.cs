using Llama2Validation.Harness.Data;

namespace Llama2Validation.Tests.Correctness.Data;

public sealed class DatasetHashTests
{
    private static readonly Example First = new() { Id = "https://howto.example/A", Document = "Doc A.", Reference = "Sum A." };
    private static readonly Example Second = new() { Id = "https://howto.example/B", Document = "Doc B.", Reference = "Sum B." };

    [Fact]
    public void Compute_IsLowercaseSha256Hex_AndEqualForEqualContent()
    {
        var hash = DatasetHash.Compute([First, Second]);

        hash.Should().MatchRegex("^[0-9a-f]{64}$");
        DatasetHash.Compute([First with { }, Second with { }]).Should().Be(hash);
    }

    [Fact]
    public void Compute_IsPinned_SoTheCanonicalEncodingCannotChangeUnnoticed()
    {
        // Computed independently (Python: sha256 over 8-byte little-endian length + UTF-8 of each field);
        // a change here must come with a new encoding version.
        DatasetHash.Compute([First, Second, new Example { Id = "uniform-1", Document = "", SyntheticPromptTokens = 529 }])
            .Should().Be(PinnedHash);
    }

    [Fact]
    public void Compute_ChangesWithOrder()
    {
        DatasetHash.Compute([Second, First]).Should().NotBe(DatasetHash.Compute([First, Second]));
    }

    [Theory]
    [InlineData("id")]
    [InlineData("document")]
    [InlineData("reference")]
    [InlineData("synthetic")]
    [InlineData("dropped")]
    public void Compute_ChangesWithContent(string change)
    {
        Example[] changed = change switch
        {
            "id" => [First with { Id = "https://howto.example/A2" }, Second],
            "document" => [First with { Document = "Doc A!" }, Second],
            "reference" => [First with { Reference = "Sum A!" }, Second],
            "synthetic" => [First with { SyntheticPromptTokens = 10 }, Second],
            _ => [First],
        };

        DatasetHash.Compute(changed).Should().NotBe(DatasetHash.Compute([First, Second]));
    }

    [Fact]
    public void Compute_FieldBoundariesMatter()
    {
        var joined = new Example { Id = "ab", Document = "c", Reference = "" };
        var split = new Example { Id = "a", Document = "bc", Reference = "" };

        DatasetHash.Compute([joined]).Should().NotBe(DatasetHash.Compute([split]));
    }

    [Fact]
    public void Compute_SyntheticLengthsDiffer()
    {
        var shorter = new Example { Id = "u", Document = "", SyntheticPromptTokens = 528 };

        DatasetHash.Compute([shorter]).Should().NotBe(DatasetHash.Compute([shorter with { SyntheticPromptTokens = 529 }]));
    }

    private const string PinnedHash = "8e730117f7f98752cc5f1e73622c3471d1ba1f3eac547b8e5207c888aeccb897";
}
