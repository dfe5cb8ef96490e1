using System.Text.Json;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>
/// Real, short runs of the tiny model (one document, a few tokens): what used to abort natively, be
/// changed silently, or pass while doing nothing.
/// </summary>
public sealed class RunOutcomeTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-run-outcome-").FullName;

    [Fact]
    public async Task A_batch_below_the_warm_up_size_runs_instead_of_aborting_in_llama_cpp()
    {
        var (exitCode, output) = await Run("--batch", "10", "--force-new-tokens", "4");

        exitCode.Should().Be(0, output);
        output.Should().NotContain("GGML_ASSERT").And.Contain("completed");
    }

    [Fact]
    public async Task A_context_that_is_padded_says_so_and_a_run_that_completes_nothing_fails()
    {
        // 256 cells cannot hold a smoke document plus 300 new tokens: every document does not fit.
        var (exitCode, output) = await Run("--context", "10");

        output.Should().Contain("--context 10 is rounded up to 256 cells");
        output.Should().Contain("default: no document completed (of 1)");
        exitCode.Should().Be(1, output);
    }

    [Fact]
    public async Task Force_replaces_the_results_and_removes_the_report_of_the_earlier_run()
    {
        File.WriteAllText(Path.Combine(folder, "results.json"), "{}");
        File.WriteAllText(Path.Combine(folder, "report.md"), "an earlier run");
        File.WriteAllText(Path.Combine(folder, "docs-per-second.png"), "");

        var (exitCode, output) = await Run("--force", "--force-new-tokens", "2");

        exitCode.Should().Be(0, output);
        File.ReadAllText(Path.Combine(folder, "results.json")).Should().Contain("\"strategy\": \"default\"");
        File.Exists(Path.Combine(folder, "report.md")).Should().BeFalse("--no-report: no report, and never the earlier run's");
        File.Exists(Path.Combine(folder, "docs-per-second.png")).Should().BeFalse();
    }

    [Fact]
    public async Task A_generated_model_runs_with_this_machines_threads_not_as_the_cpu_gate()
    {
        // `--preset llama2-7b` on a GPU machine used to be taken for the embedded default: one thread, no layers offloaded.
        var (exitCode, output) = await Run("--preset", "tiny", "--force-new-tokens", "2");

        exitCode.Should().Be(0, output);
        using var results = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "results.json")));
        var run = results.RootElement.GetProperty("runs")[0];
        run.GetProperty("spec").TryGetProperty("threads", out var threads).Should().BeFalse($"threads are llama.cpp's choice, not the CPU gate's one: {threads}");
        run.GetProperty("metadata").GetProperty("gpuLayers").GetInt32().Should().BeGreaterThan(0, "every layer is offered to a GPU, where there is one");
    }

    private Task<(int ExitCode, string Output)> Run(params string[] options) =>
        L2vProcess.RunAsync(["run", "--strategy", "default", "--dataset", "smoke", "--limit", "1", "--out", folder, "--no-report", .. options]);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
