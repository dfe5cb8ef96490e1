using Llama2Validation.Harness.Approval;

namespace Llama2Validation.Tests.Correctness.Approval;

public sealed class RunKeyClassTests
{
    [Theory]
    [InlineData("A100 80GB", "A100")]
    [InlineData("A100-40GB", "A100")]
    [InlineData("h200", "H200")]
    [InlineData("CPU", "CPU")]
    [InlineData("A100 7GB", "A100 7GB")]
    public void ARunsLabelWithItsSize_KeysItsClass(string label, string expected) =>
        RunKey.CanonicalClass(label).Should().Be(expected);
}
