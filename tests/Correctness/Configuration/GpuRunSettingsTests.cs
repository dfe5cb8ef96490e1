using System.Xml.Linq;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Configuration;

namespace Llama2Validation.Tests.Correctness.Configuration;

/// <summary>The GPU runners' template: it must name every variable and must not blank the runner's own.</summary>
public sealed class GpuRunSettingsTests
{
    private static readonly string Template = Path.Combine(RepositoryLayout.Current.Root, "runsettings", "gpu.runsettings");

    [Fact]
    public void Template_ShowsEveryVariable()
    {
        var text = File.ReadAllText(Template);

        SuiteVariables.All.Should().OnlyContain(variable => text.Contains($"<{variable}>", StringComparison.Ordinal));
    }

    [Fact]
    public void Template_SetsNoVariableToEmpty()
    {
        // An element present in runsettings replaces the environment variable of that name, even when empty.
        var variables = XDocument.Load(Template).Descendants("EnvironmentVariables").Single().Elements().ToList();

        variables.Should().NotContain(e => string.IsNullOrWhiteSpace(e.Value));
        variables.Select(e => e.Name.LocalName).Should().BeSubsetOf(SuiteVariables.All);
    }

    [Fact]
    public void Template_WritesTrxAndJUnitReports() =>
        XDocument.Load(Template).Descendants("Logger").Select(l => (string?)l.Attribute("friendlyName"))
            .Should().BeEquivalentTo(["trx", "junit"]);
}
