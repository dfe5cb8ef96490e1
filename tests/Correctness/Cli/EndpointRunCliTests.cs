using System.Text.Json;
using Llama2Validation.Tests.Correctness.Endpoint;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>`l2v run --strategy endpoint` against `l2v serve`: a small sweep end to end, and the exit code of a run that sends nothing useful.</summary>
public sealed class EndpointRunCliTests(ServedTinyModel served) : IClassFixture<ServedTinyModel>, IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-endpoint-cli-").FullName;

    [Fact]
    public async Task A_sweep_writes_one_run_per_load_point_with_its_serving_figures_and_charts()
    {
        var (exitCode, output) = await Run(
            "--dataset", "uniform", "--uniform", "3x16", "--force-new-tokens", "4",
            "--endpoint-concurrency", "1,3", "--request-rate", "25,inf", "--seed", "5");

        exitCode.Should().Be(0, output);
        output.Should().Contain("Serving").And.Contain("endpoint-c3-r25");
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        var runs = results.RootElement.GetProperty("runs").EnumerateArray().ToList();
        runs.Select(r => r.GetProperty("strategy").GetString()).Should().Equal("endpoint-c1-r25", "endpoint", "endpoint-c3-r25", "endpoint-c3");
        foreach (var run in runs)
        {
            run.GetProperty("outcome").GetString().Should().Be("completed");
            var serving = run.GetProperty("serving");
            serving.GetProperty("completedRequests").GetInt32().Should().Be(3);
            serving.GetProperty("outputTokensPerSecond").GetDouble().Should().BePositive();
            serving.GetProperty("timeToFirstToken").GetProperty("p99").GetDouble().Should().BePositive();
            serving.GetProperty("requestsWithTokenIds").GetInt32().Should().Be(3, "ids are requested and l2v serve returns them");
        }

        runs[2].GetProperty("serving").GetProperty("load").GetProperty("requestRate").GetDouble().Should().Be(25);
        runs[2].GetProperty("serving").GetProperty("load").GetProperty("arrivalSeed").GetInt32().Should().Be(5);
        runs[3].GetProperty("serving").GetProperty("load").GetProperty("concurrency").GetInt32().Should().Be(3);
        File.Exists(Path.Combine(folder, "serving-throughput.png")).Should().BeTrue("the report charts throughput per load point");
        File.Exists(Path.Combine(folder, "serving-latency.png")).Should().BeTrue();
        File.ReadAllText(Path.Combine(folder, "report.md")).Should().Contain("Serving").And.Contain("endpoint-c3-r25");
    }

    [Fact]
    public async Task An_endpoint_run_is_scored_with_rouge_1_like_every_other_run()
    {
        var (exitCode, output) = await Run("--dataset", "smoke", "--limit", "2", "--force-new-tokens", "4", "--no-report");

        exitCode.Should().Be(0, output);
        var run = Harness.Measurement.ResultsStore.Previous(folder).Should().ContainSingle().Subject;
        run.Documents.Should().OnlyContain(d => d.Reference != null && d.Output.Length > 0);
        run.Rouge1F1.Should().NotBeNull("l2v score computes ROUGE-1 for this same file, so the run records it too");
        run.Rouge1F1.Should().Be(Harness.Metrics.RunRouge.MeanRouge1(run));
    }

    [Fact]
    public async Task A_run_that_completes_no_document_is_failed_and_exits_1()
    {
        // 5000-token prompts cannot fit the tiny model's context: every document is refused.
        var (exitCode, output) = await Run("--dataset", "uniform", "--uniform", "2x5000", "--no-report");

        exitCode.Should().Be(1, output);
        output.Should().Contain("no document completed (of 2)");
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        results.RootElement.GetProperty("runs")[0].GetProperty("outcome").GetString().Should().Be("failed");
    }

    private async Task<(int ExitCode, string Output)> Run(params string[] options)
    {
        var cancellation = TestContext.Current.CancellationToken;
        var server = await served.GetAsync(TinyModelForEndpoint.Path(), cancellation);
        return await L2vProcess.RunAsync(
            ["run", "--strategy", "endpoint", "--endpoint", server.BaseUrl.ToString(), "--endpoint-model", server.ModelName,
                "--endpoint-key-env", served.Key.Variable, "--out", folder, "--force", .. options],
            new Dictionary<string, string?> { [served.Key.Variable] = served.Key.Value });
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
