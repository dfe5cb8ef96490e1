using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>Output sent to a file or CI log keeps long lines whole instead of wrapping at 80 columns.</summary>
public sealed class RedirectedOutputTests
{
    [Fact]
    public async Task A_long_line_is_not_wrapped_when_no_terminal_width_is_known()
    {
        var missing = Path.Combine(Path.GetTempPath(), new string('d', 90), "model.gguf");

        // No COLUMNS: what a CI log or `> file` gives.
        var result = await L2vProcess.RunAsync(["run", "--model", missing], new Dictionary<string, string?> { ["COLUMNS"] = null });

        result.ShouldBeOneClearLine($"--model: '{missing}' does not exist");
    }
}
