using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Strategies;

public sealed class StrategyCatalogTests
{
    [Fact]
    public void Catalog_HoldsTheSeedsFiveInProcessStrategies() =>
        StrategyCatalog.Names.Should().Equal("default", "8-bit", "4-bit", "flash-attn", "batched");

    [Fact]
    public void DefaultAndFlashAttn_DifferOnlyInFlashAttention() =>
        (StrategyCatalog.FlashAttn with { Name = "default" }).Should().Be(StrategyCatalog.Default with { FlashAttention = true });

    [Theory]
    [InlineData("4-BIT", "4-bit")]
    [InlineData("batched", "batched")]
    public void Find_IgnoresCase(string asked, string found) => StrategyCatalog.Find(asked)!.Name.Should().Be(found);

    [Fact]
    public void Find_ReturnsNull_ForUnknownName() => StrategyCatalog.Find("vllm").Should().BeNull();
}
