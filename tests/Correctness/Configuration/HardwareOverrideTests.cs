using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Tests.Correctness.Configuration;

public sealed class HardwareOverrideTests
{
    [Theory]
    [InlineData("CPU", HardwareClass.CPU, null)]
    [InlineData("a100", HardwareClass.A100, null)]
    [InlineData("A100-80GB", HardwareClass.A100, "80GB")]
    [InlineData(" h100 ", HardwareClass.H100, null)]
    public void TryParse_AcceptsClassesAndA100Sizes(string text, HardwareClass hardwareClass, string? size) =>
        HardwareOverride.TryParse(text).Should().Be(new HardwareOverride(hardwareClass, size));

    [Theory]
    [InlineData("Unknown")]
    [InlineData("L40S")]
    [InlineData("H100-80GB")]
    [InlineData("A100-24GB")]
    [InlineData("7")]
    public void TryParse_RejectsWhatNoTestCategoryMeans(string text) => HardwareOverride.TryParse(text).Should().BeNull();
}
