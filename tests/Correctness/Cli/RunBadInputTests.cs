using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>Bad input to `l2v run` gets one clear line and exit code 2: no stack trace, nothing native started.</summary>
public sealed class RunBadInputTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-bad-input-").FullName;

    [Fact]
    public async Task MissingModelAndUnknownStrategy_AreAllReported_AtOnce()
    {
        var missing = Path.Combine(folder, "missing.gguf");

        var (exitCode, output) = await L2vProcess.RunAsync("run", "--model", missing, "--strategy", "vllm");

        exitCode.Should().Be(2);
        output.Should().Contain($"--model: '{missing}' does not exist").And.Contain("unknown strategy 'vllm'").And.NotContain("   at ");
    }

    [Fact]
    public async Task MissingDatasetFile_NamesThePath()
    {
        var missing = Path.Combine(folder, "wikilingua.jsonl");

        var (exitCode, output) = await L2vProcess.RunAsync("run", "--dataset", missing, "--out", folder);

        exitCode.Should().Be(2);
        output.Should().Contain("Dataset file not found").And.Contain(missing).And.NotContain("   at ");
    }

    [Fact]
    public async Task CorruptModel_IsRefusedBeforeAnyNativeLoad_ListingItsProblems()
    {
        var corrupt = Path.Combine(folder, "corrupt.gguf");
        var good = File.ReadAllBytes(new ModelSources().Resolver()(WeightType.F16).Path);
        File.WriteAllBytes(corrupt, good.AsSpan(0, 4096).ToArray());

        var (exitCode, output) = await L2vProcess.RunAsync("run", "--model", corrupt, "--strategy", "default", "--dataset", "smoke", "--out", folder, "--no-report");

        exitCode.Should().Be(2);
        output.Should().Contain(corrupt).And.Contain("is invalid").And.NotContain("   at ");
    }

    [Fact]
    public async Task A_synthetic_workload_too_large_to_make_in_memory_is_refused_before_it_is_made()
    {
        // 3 documents of 99,999,999 tokens each took 2.4 GB and 28 s to make, then every one "did not fit".
        var result = await L2vProcess.RunAsync(["run", "--dataset", "uniform", "--uniform", "3x99999999", "--out", folder, "--no-report"], timeout: TimeSpan.FromSeconds(60));

        result.ShouldBeOneClearLine("--uniform 3x99999999", "299,999,997 prompt tokens", "16,777,216");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
