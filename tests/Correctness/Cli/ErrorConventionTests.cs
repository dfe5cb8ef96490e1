using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>One convention for bad input in every command: one line on stderr, nothing on stdout, exit code 2.</summary>
public sealed class ErrorConventionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-errors-").FullName;

    [Theory]
    [InlineData("run", "--limt", "1")]
    [InlineData("run", "--threads", "abc")]
    [InlineData("report", "no-such-results.json")]
    [InlineData("score", "no-such-results.json")]
    [InlineData("inspect", "--bogus")]
    public async Task Bad_input_is_one_line_on_stderr_and_nothing_on_stdout(params string[] arguments)
    {
        var (exitCode, stdout, stderr) = await RunSeparately(arguments);

        exitCode.Should().Be(2, stdout + stderr);
        stdout.Trim().Should().BeEmpty("a script reading stdout must never take an error for output");
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Should().ContainSingle(stderr);
        stderr.Should().StartWith("error: ");
    }

    [Fact]
    public async Task Serve_reports_bad_options_by_the_same_convention()
    {
        var (exitCode, stdout, stderr) = await RunSeparately(["serve", "--model", Endpoint.TinyModelForEndpoint.Path(), "--port", "99999"]);

        exitCode.Should().Be(2, stdout + stderr);
        stdout.Trim().Should().BeEmpty();
        stderr.Trim().Should().Be("error: --port 99999 is outside 0-65535");
    }

    [Fact]
    public async Task Check_with_a_folder_for_verdicts_is_bad_input_not_a_stack_trace()
    {
        var results = Path.Combine(folder, "results.json");
        File.WriteAllText(results, "{\"runs\": []}");

        (await L2vProcess.RunAsync("check", results, "--verdicts", folder)).ShouldBeOneClearLine("--verdicts", "is a folder");
    }

    [Fact]
    public async Task An_endpoint_that_is_not_http_is_bad_input()
    {
        var result = await L2vProcess.RunAsync("run", "--strategy", "endpoint", "--endpoint", "file:///etc/passwd", "--endpoint-model", "m", "--out", folder);

        result.ShouldBeOneClearLine("--endpoint", "http://");
    }

    private static async Task<(int ExitCode, string Stdout, string Stderr)> RunSeparately(string[] arguments)
    {
        var start = L2vProcess.StartInfo(arguments);
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        start.Environment["COLUMNS"] = "400";
        using var process = System.Diagnostics.Process.Start(start)!;
        var token = TestContext.Current.CancellationToken;
        var stdout = process.StandardOutput.ReadToEndAsync(token);
        var stderr = process.StandardError.ReadToEndAsync(token);
        await process.WaitForExitAsync(token);
        return (process.ExitCode, await stdout, await stderr);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
