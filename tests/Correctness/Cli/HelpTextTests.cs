using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Cli;

/// <summary>Help promises only what the commands do.</summary>
public sealed class HelpTextTests
{
    [Fact]
    public async Task Run_help_names_the_files_a_run_writes_and_the_native_library_option()
    {
        var (exitCode, output) = await L2vProcess.RunAsync("run", "--help");

        exitCode.Should().Be(0, output);
        output.Should().NotContain("summary.md", "a run writes results.json and the report, no summary.md")
            .And.Contain("results.json").And.Contain("report.md").And.Contain("--native-library");
    }

    [Fact]
    public async Task Serve_and_run_spell_the_native_library_option_alike()
    {
        var (_, run) = await L2vProcess.RunAsync("run", "--help");
        var (_, serve) = await L2vProcess.RunAsync("serve", "--help");

        run.Should().Contain("--native-library");
        serve.Should().Contain("--native-library");
    }

    [Fact]
    public async Task Every_command_in_help_is_in_the_readme_command_table_and_every_dataset_name_in_run_help()
    {
        var (_, help) = await L2vProcess.RunAsync("--help");
        var commands = help[help.IndexOf("COMMANDS:", StringComparison.Ordinal)..]
            .Split('\n').Skip(1).Select(line => line.Trim().Split(' ')[0]).Where(name => name.Length > 0).ToList();
        var readme = File.ReadAllText(Path.Combine(Harness.RepositoryLayout.Current.Root, "README.md"));

        commands.Should().Contain("version");
        foreach (var command in commands)
        {
            readme.Should().Contain($"`{command}`", $"`l2v {command}` is in the help, so the README's command table names it");
        }

        var (_, run) = await L2vProcess.RunAsync("run", "--help");
        foreach (var dataset in Harness.Data.DatasetCatalog.Names)
        {
            run.Should().Contain(dataset);
            readme.Should().Contain($"--dataset {dataset}", "the README shows every dataset name run takes");
        }
    }

    [Fact]
    public async Task Inspect_is_described_as_what_it_prints()
    {
        var (_, output) = await L2vProcess.RunAsync("--help");

        output.Should().NotContain("tensor table", "inspect prints tensor totals by type, not a table of tensors").And.Contain("tensor totals by type");
    }
}
