using System.Text.RegularExpressions;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Tests.Correctness.Gating;

/// <summary>
/// The example workflow must run every gate test on every runner: a filter on the class alone
/// (<c>Category=H100</c>) leaves out the untagged gate tests, and the native-abort regression would pass there.
/// </summary>
public sealed partial class ExampleWorkflowTests
{
    private static readonly string Workflow = File.ReadAllText(Path.Combine(RepositoryLayout.Current.Root, "examples", "github-actions", "gpu-gate.yml"));

    [Fact]
    public void EveryCell_SelectsItsClass_AndEveryUntaggedTest_AndNoOtherClass()
    {
        var cells = Cell().Matches(Workflow).Select(m => (Category: m.Groups["category"].Value, Filter: m.Groups["filter"].Value)).ToList();

        cells.Select(c => c.Category).Should().Contain(["CPU", "T4", "L4", "A100", "H100"]);
        cells.Should().OnlyContain(c => c.Filter == GateCategory.FilterFor(Enum.Parse<HardwareClass>(c.Category)));
        Workflow.Should().Contain("--filter \"${{ matrix.filter }}\"").And.NotContain("--filter Category=");
    }

    [Fact]
    public void TheFilter_ExcludesEveryOtherClass_AndNamesNoneItMustKeep()
    {
        var filter = GateCategory.FilterFor(HardwareClass.H100);

        filter.Split('&').Should().Equal("Category!=CPU", "Category!=T4", "Category!=L4", "Category!=A100", "Category!=H200");
    }

    [GeneratedRegex(@"- category: (?<category>\w+)\n\s+gate: [^\n]+\n\s+filter: '(?<filter>[^']*)'")]
    private static partial Regex Cell();
}
