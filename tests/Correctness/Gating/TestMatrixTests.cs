using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Gating;

public sealed class TestMatrixTests
{
    [Fact]
    public void InProcess_IsEveryCategory_TimesEveryStrategy()
    {
        TestMatrix.InProcess.Should().HaveCount(TestTraits.Categories.Count * StrategyCatalog.InProcess.Count);
        TestMatrix.InProcess.Select(c => c.Target.Category).Distinct().Should().Equal("CPU", "T4", "L4", "A100", "H100", "H200");
        TestMatrix.InProcess.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void InProcessBySize_SplitsOnlyTheA100() =>
        TestMatrix.InProcessBySize.Select(c => c.Target.ToString()).Distinct()
            .Should().Equal("CPU", "T4", "L4", "A100 40GB", "A100 80GB", "H100", "H200");

    [Fact]
    public void Categories_AreTheHardwareClassNames_ExceptUnknown() =>
        TestTraits.Categories.Should().BeEquivalentTo(
            Enum.GetValues<HardwareClass>().Where(c => c != HardwareClass.Unknown).Select(TestTraits.CategoryOf));

    [Fact]
    public void Unknown_HasNoCategory()
    {
        var act = () => TestTraits.CategoryOf(HardwareClass.Unknown);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
