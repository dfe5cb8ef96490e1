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
