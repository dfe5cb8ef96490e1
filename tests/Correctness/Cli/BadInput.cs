namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>The README's promise for bad input, as one assertion: exit code 2, one line naming what is wrong, no stack trace.</summary>
internal static class BadInput
{
    public static void ShouldBeOneClearLine(this (int ExitCode, string Output) result, params string[] expected)
    {
        var lines = result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        result.ExitCode.Should().Be(2, result.Output);
        lines.Should().ContainSingle(result.Output);
        foreach (var part in expected)
        {
            lines[0].Should().Contain(part);
        }

        result.Output.Should().NotContain("   at ").And.NotContain("failed unexpectedly").And.NotContain("GGML_ASSERT");
    }
}
