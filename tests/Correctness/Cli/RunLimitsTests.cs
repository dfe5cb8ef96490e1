using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Tools.GgufFuzzing;
using Llama2Validation.Tests.Correctness.Endpoint;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>
/// Limits decided before any native code runs, through the real `l2v run` and `l2v serve`: each of these
/// used to reach llama.cpp and abort, crash, spin, or grow until the kernel's OOM killer fired.
/// </summary>
public sealed class RunLimitsTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-limits-").FullName;

    [Theory]
    [InlineData("default", "--context", "2000000000", "2,000,000,000 context cells need")]
    [InlineData("batched", "--parallel", "257", "257 parallel sequences; llama.cpp holds at most 256")]
    [InlineData("default", "--batch", "2000000000", "a batch of 2,000,000,000 tokens exceeds the context's 1,024 cells")]
    [InlineData("default", "--threads", "10000", "--threads 10000: this machine has")]
    public async Task An_option_past_what_llama_cpp_or_this_machine_can_take_is_refused_before_the_worker_starts(string strategy, string option, string value, string expected)
    {
        var result = await Run(strategy, option, value);

        result.ShouldBeOneClearLine(expected);
        File.Exists(Path.Combine(folder, "results.json")).Should().BeFalse("nothing ran");
    }

    [Fact]
    public async Task A_context_beyond_memory_says_what_the_memory_model_predicts_against_this_machine()
    {
        var result = await Run("default", "--context", "2000000000");

        result.ShouldBeOneClearLine("GiB by the memory model, more than this machine's", "GiB RAM", "--context");
    }

    [Fact]
    public async Task A_model_whose_header_asks_for_two_billion_context_cells_is_refused_by_run_and_serve()
    {
        var model = WriteModel(GgufKeys.ContextLength, 2_000_000_000);

        (await Run("default", "--model", model)).ShouldBeOneClearLine("2,000,000,000 context cells need");
        (await L2vProcess.RunAsync("serve", "--model", model, "--port", "0")).ShouldBeOneClearLine("2,000,000,000 context cells need");
    }

    [Fact]
    public async Task A_model_with_more_blocks_than_llama_cpp_holds_is_invalid_for_inspect_and_refused_by_run()
    {
        var model = WriteModel(GgufKeys.BlockCount, 100_000);

        var (exitCode, output) = await L2vProcess.RunAsync("inspect", model);
        exitCode.Should().Be(1, output);
        output.Should().Contain("'llama.block_count' is 100000; llama.cpp holds at most 512 layers");

        var run = await Run("default", "--model", model);
        run.ExitCode.Should().Be(2, run.Output);
        run.Output.Should().Contain("llama.block_count").And.NotContain("out-of-memory").And.NotContain("SIGABRT");
    }

    [Theory]
    [InlineData("--parallel", "257", "257 parallel sequences")]
    [InlineData("--context", "2000000000", "2,000,000,000 context cells need")]
    public async Task Serve_refuses_slots_and_contexts_llama_cpp_cannot_hold_before_listening(string option, string value, string expected)
    {
        var result = await L2vProcess.RunAsync("serve", "--model", TinyModelForEndpoint.Path(), "--port", "0", option, value);

        result.ShouldBeOneClearLine(expected);
        result.Output.Should().NotContain("listening");
    }

    private string WriteModel(string key, uint value)
    {
        var path = Path.Combine(folder, $"{key}-{value}.gguf");
        File.WriteAllBytes(path, GgufFuzzSeeds.Llama(new GgufSeedShape()).Set(key, GgufValue.FromUInt32(value)).Build());
        return path;
    }

    private Task<(int ExitCode, string Output)> Run(string strategy, params string[] options) =>
        L2vProcess.RunAsync(["run", "--strategy", strategy, "--dataset", "smoke", "--limit", "1", "--out", folder, "--no-report", .. options]);

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
