using Llama2Validation.Tests.Support;
using System.Text.Json;

namespace Llama2Validation.Tests.Correctness.Metrics;

/// <summary>Runs <c>l2v score</c> as a user would (the CLI sits beside the tests as l2v.dll).</summary>
public sealed class ScoreCommandTests : IDisposable
{
    private readonly DirectoryInfo folder = Directory.CreateTempSubdirectory("l2v-score-");

    public void Dispose() => folder.Delete(recursive: true);

    [Fact]
    public async Task Score_Json_PrintsPerDocumentScoresAndTheAggregate()
    {
        var file = WriteSeedData("""[{"url": "u1", "gt_summary": "the cat sat", "pred_summary": "the cat"}]""");

        var (exitCode, output) = await L2vProcess.RunAsync("score", file, "--json", "--seed", "3");

        exitCode.Should().Be(0, output);
        using var json = JsonDocument.Parse(output);
        var set = json.RootElement.GetProperty("sets")[0];
        var rouge1 = set.GetProperty("documents")[0].GetProperty("rouge1");
        rouge1.GetProperty("precision").GetDouble().Should().Be(1);
        rouge1.GetProperty("recall").GetDouble().Should().Be(2.0 / 3);
        var aggregate = set.GetProperty("aggregate");
        aggregate.GetProperty("seed").GetUInt32().Should().Be(3u);
        aggregate.GetProperty("rougeL").GetProperty("mid").GetProperty("f1").GetDouble().Should().Be(0.8);
        aggregate.GetProperty("rouge2").GetProperty("mean").GetProperty("f1").GetDouble().Should().Be(2.0 / 3);
    }

    [Fact]
    public async Task Score_WithoutJson_PrintsATable()
    {
        var file = WriteSeedData("""[{"gt_summary": "cats running", "pred_summary": "cat runs"}]""");

        var (exitCode, output) = await L2vProcess.RunAsync("score", file, "--stem", "--seed", "1");

        exitCode.Should().Be(0, output);
        output.Should().Contain("rouge1").And.Contain("rougeL").And.Contain("stemming on").And.Contain("1.0000");
    }

    [Fact]
    public async Task Score_InvalidFile_ReportsTheProblemsAndFails()
    {
        var file = WriteSeedData("""[{"gt_summary": "no prediction"}]""");

        var (exitCode, output) = await L2vProcess.RunAsync("score", file);

        exitCode.Should().NotBe(0);
        output.Should().Contain("no string pred_summary");
    }

    private string WriteSeedData(string json)
    {
        var path = Path.Combine(folder.FullName, "data_0_test.json");
        File.WriteAllText(path, json);
        return path;
    }
}
