using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>Where a command is told to write is checked before any work, with one line naming the option.</summary>
public sealed class OutputPathTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-out-").FullName;

    [Fact]
    public async Task Run_refuses_an_out_that_is_a_file()
    {
        var file = Path.Combine(folder, "results.txt");
        await File.WriteAllTextAsync(file, "not a folder", TestContext.Current.CancellationToken);

        var result = await L2vProcess.RunAsync("run", "--out", file);

        result.ShouldBeOneClearLine($"--out: '{file}' is a file, not a folder");
    }

    [Fact]
    public async Task Report_refuses_an_out_that_is_a_file()
    {
        var file = Path.Combine(folder, "report.txt");
        await File.WriteAllTextAsync(file, "", TestContext.Current.CancellationToken);

        var result = await L2vProcess.RunAsync("report", Path.Combine(folder, "results.json"), "--out", file);

        result.ShouldBeOneClearLine($"--out: '{file}' is a file, not a folder");
    }

    [Theory]
    [InlineData("run", "--out", "an empty path is not a folder")]
    [InlineData("make-model", "--out", "an empty path is not a file")]
    [InlineData("run", "--dataset", "an empty name")]
    public async Task An_empty_path_names_its_option(string command, string option, string expected)
    {
        var result = await L2vProcess.RunAsync(command, option, "");

        result.ShouldBeOneClearLine($"{option}: {expected}");
    }

    [Fact]
    public async Task Make_model_refuses_an_out_under_a_file()
    {
        var file = Path.Combine(folder, "plain");
        await File.WriteAllTextAsync(file, "", TestContext.Current.CancellationToken);

        var result = await L2vProcess.RunAsync("make-model", "--out", Path.Combine(file, "x.gguf"));

        result.ShouldBeOneClearLine("--out:", $"'{file}' is a file");
    }

    [Fact]
    public async Task Run_refuses_a_folder_holding_another_runs_results_without_resume_or_force()
    {
        var results = Path.Combine(folder, "results.json");
        await File.WriteAllTextAsync(results, "{}", TestContext.Current.CancellationToken);

        var result = await L2vProcess.RunAsync("run", "--out", folder, "--dataset", "smoke");

        result.ShouldBeOneClearLine("already holds the results.json of another run", "--resume", "--force");
        (await File.ReadAllTextAsync(results, TestContext.Current.CancellationToken)).Should().Be("{}");
    }

    [Fact]
    public async Task Resume_and_force_together_are_refused()
    {
        var result = await L2vProcess.RunAsync("run", "--out", folder, "--resume", "--force");

        result.ShouldBeOneClearLine("--resume keeps the results in --out and --force replaces them");
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
