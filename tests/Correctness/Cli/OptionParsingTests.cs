using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>Options are parsed strictly and each bad value is named on its own: the real l2v process, nothing started.</summary>
public sealed class OptionParsingTests
{
    [Theory]
    [InlineData("--frobnicate", "frobnicate")]
    [InlineData("--limt", "limt")]
    public async Task An_unknown_option_is_refused_naming_it(string option, string named)
    {
        var result = await L2vProcess.RunAsync("run", option, "1");

        result.ShouldBeOneClearLine("Unknown option", named);
    }

    [Theory]
    [InlineData("--limit", "abc", "--limit: 'abc' is not a whole number")]
    [InlineData("--threads", "1.5", "--threads: '1.5' is not a whole number")]
    [InlineData("--limit=x", null, "--limit: 'x' is not a whole number")]
    public async Task A_value_that_is_not_a_number_names_the_option(string option, string? value, string expected)
    {
        string[] arguments = value is null ? ["run", option] : ["run", option, value];

        var result = await L2vProcess.RunAsync(arguments);

        result.ShouldBeOneClearLine(expected);
    }

    [Theory]
    [InlineData("--limit", "-3")]
    [InlineData("--batch", "0")]
    [InlineData("--context", "-1")]
    public async Task A_number_that_is_not_positive_names_only_its_option(string option, string value)
    {
        var result = await L2vProcess.RunAsync("run", option, value);

        result.ShouldBeOneClearLine($"{option}: {value} is not a positive number");
        result.Output.Should().NotContain("--threads").And.NotContain("--ubatch");
    }

    [Fact]
    public async Task A_micro_batch_larger_than_the_batch_is_refused()
    {
        var result = await L2vProcess.RunAsync("run", "--batch", "8", "--ubatch", "16");

        result.ShouldBeOneClearLine("--ubatch 16 is larger than --batch 8");
    }

    [Fact]
    public async Task A_quantised_kv_cache_without_flash_attention_is_refused_naming_the_strategies()
    {
        var result = await L2vProcess.RunAsync("run", "--kv-type", "q8_0", "--strategy", "default");

        result.ShouldBeOneClearLine("--kv-type q8_0 needs flash attention", "default", "--strategy flash-attn");
    }

    [Theory]
    [InlineData("5x", "batched", "--overflow: '5x' is not SLOTSxCELLS")]
    [InlineData("2x1024", "batched", "--overflow: its slots (1024 cells) must be longer than --context 1024")]
    [InlineData("2x4096", "default", "--overflow applies to the batched strategy")]
    public async Task An_overflow_context_that_could_not_work_is_refused(string overflow, string strategy, string expected)
    {
        var result = await L2vProcess.RunAsync("run", "--overflow", overflow, "--context", "1024", "--strategy", strategy);

        result.ShouldBeOneClearLine(expected);
    }

    [Fact]
    public async Task The_memory_plan_counts_an_overflow_context_and_refuses_a_malformed_one()
    {
        var planned = await L2vProcess.RunAsync("memory", "--context", "1280", "--parallel", "100", "--flash-attn", "--overflow", "5x4096");
        var malformed = await L2vProcess.RunAsync("memory", "--overflow", "5x4096x2");

        planned.ExitCode.Should().Be(0, planned.Output);
        planned.Output.Should().Contain("ctx 1280 × 100 seq + 4096 × 5 overflow").And.Contain("74240.00 MiB", "100 × 1,280 + 5 × 4,096 cells at half a MiB");
        malformed.ShouldBeOneClearLine("--overflow: '5x4096x2' is not SLOTSxCELLS");
    }

    [Fact]
    public async Task The_memory_plan_for_a_card_lists_the_candidates_and_marks_the_choice()
    {
        var byClass = await L2vProcess.RunAsync("memory", "--plan", "H200");
        var bySize = await L2vProcess.RunAsync("memory", "--plan", "49152", "--workload", "uniform");

        byClass.ExitCode.Should().Be(0, byClass.Output);
        byClass.Output.Should().Contain("choice: F16, KV F16, 100 × 1280 + 5 × 4096").And.Contain("* F16, KV F16, 100 × 1280 + 5 × 4096").And.Contain("Q4_0, KV Q8_0");
        bySize.ExitCode.Should().Be(0, bySize.Output);
        bySize.Output.Should().Contain("card 49152 MiB").And.Contain("workload uniform").And.Contain("× 768");
    }

    [Fact]
    public async Task The_memory_measure_loads_an_overflow_context_beside_the_main_one()
    {
        var result = await L2vProcess.RunAsync("memory", "--preset", "tiny", "--cpu", "--context", "256", "--parallel", "4", "--flash-attn", "--kv-type", "q8_0", "--overflow", "2x1024", "--measure");

        result.ExitCode.Should().Be(0, result.Output);
        result.Output.Should().Contain("ctx 256 × 4 seq + 1024 × 2 overflow").And.Contain("measure: llama.cpp's reported buffers");
    }

    [Theory]
    [InlineData("--plan", "H300", "--plan: 'H300' is neither a GPU class")]
    [InlineData("--plan", "0", "--plan: '0' is neither a GPU class")]
    [InlineData("--workload", "w200", "--workload: 'w200' is not w100 or uniform")]
    public async Task A_memory_plan_for_an_unknown_card_or_workload_is_refused(string option, string value, string expected)
    {
        var result = await L2vProcess.RunAsync("memory", option, value);

        result.ShouldBeOneClearLine(expected);
    }

    [Fact]
    public async Task Approve_refuses_an_unknown_hardware_class()
    {
        var result = await L2vProcess.RunAsync("approve", "--list", "--class", "XYZ");

        result.ShouldBeOneClearLine("--class: 'XYZ' is not a hardware class", "A100");
    }

    [Theory]
    [InlineData("--native-lib")]
    [InlineData("--native-library")]
    public async Task Both_spellings_of_the_native_library_option_are_accepted(string option)
    {
        var missing = Path.Combine(Path.GetTempPath(), $"l2v-missing-{Guid.NewGuid():N}.so");

        var run = await L2vProcess.RunAsync("run", option, missing);
        var serve = await L2vProcess.RunAsync("serve", "--model", missing, option, missing);

        run.ShouldBeOneClearLine($"--native-library: '{missing}' does not exist");
        serve.ExitCode.Should().Be(2, serve.Output);
        serve.Output.Should().Contain($"--native-library '{missing}' does not exist").And.NotContain("Unknown option");
    }
}
