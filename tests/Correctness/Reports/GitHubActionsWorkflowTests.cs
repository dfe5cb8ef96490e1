using Llama2Validation.Harness;
using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using YamlDotNet.RepresentationModel;

namespace Llama2Validation.Tests.Correctness.Reports;

/// <summary>The example workflow in examples/github-actions must parse and match the suite's real categories.</summary>
public sealed class GitHubActionsWorkflowTests
{
    private static readonly string WorkflowPath = Path.Combine(RepositoryLayout.Current.Root, "examples", "github-actions", "gpu-gate.yml");

    private static readonly string[] KnownCategories =
        [.. Enum.GetNames<HardwareClass>().Where(n => n != nameof(HardwareClass.Unknown))];

    [Fact]
    public void Matrix_NamesOnlyCategoriesThatExist_EachOnce()
    {
        var categories = Categories(GateJob(Load()));

        categories.Should().NotBeEmpty();
        categories.Should().OnlyHaveUniqueItems();
        categories.Should().BeSubsetOf(KnownCategories);
        categories.Should().Contain("CPU", "the CPU cases run anywhere and keep the gate meaningful without GPUs");
    }

    [Fact]
    public void GpuCategories_RunOnSelfHostedRunnersLabelledByClass()
    {
        foreach (var entry in MatrixEntries(GateJob(Load())))
        {
            var category = Scalar(entry, "category");
            var runner = Scalar(entry, "runner");
            if (category == "CPU")
            {
                continue;
            }

            runner.Should().Contain("\"self-hosted\"").And.Contain($"\"{category}\"");
        }
    }

    [Fact]
    public void GateJob_TestsEveryGateTestButOtherClassesRows_WithTheGpuRunSettings_AndUploadsResultsAndTestReports()
    {
        var gate = GateJob(Load());
        var steps = Steps(gate);

        var test = steps.Select(s => Scalar(s, "run")).Single(r => r.Contains("dotnet test", StringComparison.Ordinal));
        // Category=<class> alone would leave out the untagged gate tests (worker isolation, the flash-attention
        // setting, reported buffers): the native-abort regression would pass in this workflow.
        test.Should().Contain("--filter \"${{ matrix.filter }}\"").And.NotContain("Category=").And.Contain("--settings runsettings/gpu.runsettings");
        MatrixEntries(gate).Should().OnlyContain(cell => Scalar(cell, "filter") == GateCategory.FilterFor(Enum.Parse<HardwareClass>(Scalar(cell, "category"))));

        var upload = steps.Single(s => Scalar(s, "uses").StartsWith("actions/upload-artifact@", StringComparison.Ordinal));
        Scalar(upload, "if").Should().Be("always()");
        var paths = Scalar((YamlMappingNode)upload["with"], "path");
        paths.Should().Contain("TestResults/l2v/results-*.json").And.Contain("*.trx").And.Contain("*.junit.xml");
    }

    [Fact]
    public void EveryMatrixCell_DeclaresTheClassItGates()
    {
        var gate = GateJob(Load());
        var cells = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)gate["strategy"])["matrix"])["include"];
        var test = Steps(gate).Single(s => Scalar(s, "run").Contains("dotnet test", StringComparison.Ordinal));

        cells.Cast<YamlMappingNode>().Should().OnlyContain(cell => Scalar(cell, "gate").StartsWith(Scalar(cell, "category"), StringComparison.Ordinal));
        Scalar((YamlMappingNode)test["env"], SuiteVariables.Gate).Should().Be("${{ matrix.gate }}");
    }

    [Fact]
    public void ReportJob_DownloadsEveryCategorysResults_AndMergesThemWithL2vReport()
    {
        var jobs = (YamlMappingNode)Load()["jobs"];
        var gateName = jobs.Children.Single(j => ((YamlMappingNode)j.Value).Children.ContainsKey("strategy")).Key.ToString();
        var report = jobs.Children.Select(j => (YamlMappingNode)j.Value).Single(j => Scalar(j, "needs") == gateName);

        Scalar(report, "if").Should().Be("always()", "a report is most wanted when a class failed");
        var steps = Steps(report);
        steps.Should().Contain(s => Scalar(s, "uses").StartsWith("actions/download-artifact@", StringComparison.Ordinal));
        steps.Select(s => Scalar(s, "run")).Should().Contain(r => r.Contains("-- report ", StringComparison.Ordinal) && r.Contains("src/Harness.Cli", StringComparison.Ordinal));
    }

    private static YamlMappingNode Load()
    {
        if (!File.Exists(WorkflowPath))
        {
            Assert.Skip($"{WorkflowPath} is not here (a published test copy outside the checkout).");
        }

        var stream = new YamlStream();
        using var reader = new StringReader(File.ReadAllText(WorkflowPath));
        stream.Load(reader);
        return (YamlMappingNode)stream.Documents.Single().RootNode;
    }

    private static YamlMappingNode GateJob(YamlMappingNode workflow) =>
        ((YamlMappingNode)workflow["jobs"]).Children.Select(j => (YamlMappingNode)j.Value)
            .Single(j => j.Children.ContainsKey("strategy"));

    /// <summary>Categories from both matrix forms: <c>category: [A, B]</c> and <c>include: - category: A</c>.</summary>
    private static List<string> Categories(YamlMappingNode job)
    {
        var matrix = (YamlMappingNode)((YamlMappingNode)job["strategy"])["matrix"];
        var listed = matrix.Children.TryGetValue("category", out var list)
            ? ((YamlSequenceNode)list).Children.Select(c => c.ToString())
            : [];
        return [.. listed, .. MatrixEntries(job).Select(e => Scalar(e, "category")).Where(c => c.Length > 0)];
    }

    private static IEnumerable<YamlMappingNode> MatrixEntries(YamlMappingNode job)
    {
        var matrix = (YamlMappingNode)((YamlMappingNode)job["strategy"])["matrix"];
        return matrix.Children.TryGetValue("include", out var include)
            ? ((YamlSequenceNode)include).Children.Cast<YamlMappingNode>()
            : [];
    }

    private static List<YamlMappingNode> Steps(YamlMappingNode job) =>
        [.. ((YamlSequenceNode)job["steps"]).Children.Cast<YamlMappingNode>()];

    private static string Scalar(YamlMappingNode node, string key) =>
        node.Children.TryGetValue(key, out var value) && value is YamlScalarNode scalar ? scalar.Value ?? "" : "";
}
