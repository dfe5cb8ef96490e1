using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Tests.Correctness.Gating;

/// <summary>
/// A runner's filter: its class's rows and every untagged gate test, never another class's rows (the
/// example workflow's cells use it; GitHubActionsWorkflowTests checks they do).
/// </summary>
public sealed class GateCategoryFilterTests
{
    [Fact]
    public void TheFilter_ExcludesEveryOtherClass_AndNamesNoneItMustKeep()
    {
        var filter = GateCategory.FilterFor(HardwareClass.H100);

        filter.Split('&').Should().Equal("Category!=CPU", "Category!=T4", "Category!=L4", "Category!=A100", "Category!=H200");
    }
}
