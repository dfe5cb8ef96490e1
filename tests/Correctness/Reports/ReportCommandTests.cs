using System.Text.Json;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Reports;

/// <summary>Runs the real <c>l2v report</c> (l2v.dll sits beside the tests) on files on disk.</summary>
public sealed class ReportCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-report-cli-").FullName;

    [Fact]
    public async Task Report_MergesTwoRunnersFiles_AndPrintsWhereItWrote()
    {
        var a100 = Write("a100", SampleResults.A100());
        var t4 = Write("t4", SampleResults.T4());
        var output = Path.Combine(folder, "report");

        var (exitCode, text) = await L2vProcess.RunAsync("report", a100, t4, "--out", output);

        exitCode.Should().Be(0, text);
        text.Should().Contain(output).And.Contain("report.html").And.Contain("9 runs from 2 results files");
        var markdown = await File.ReadAllTextAsync(Path.Combine(output, "report.md"), TestContext.Current.CancellationToken);
        markdown.Should().Contain("| A100 | vllm-awq | 4.273 |").And.Contain("| T4 | vllm-awq | 0.540 |");
    }

    [Fact]
    public async Task Report_RefusesAnotherSchemaVersion_NamingTheFile()
    {
        var future = Write("future", SampleResults.A100() with { SchemaVersion = 99 });

        var (exitCode, text) = await L2vProcess.RunAsync("report", future, "--out", Path.Combine(folder, "report"));

        exitCode.Should().Be(2, "an unreadable input is bad input, as in `l2v check`");
        text.Should().Contain("results.json").And.Contain("schemaVersion 99");
        Directory.Exists(Path.Combine(folder, "report")).Should().BeFalse();
    }

    private string Write(string runner, ResultsFile results)
    {
        var path = Path.Combine(folder, runner, "results.json");
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(results, HarnessJson.Options));
        return path;
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
