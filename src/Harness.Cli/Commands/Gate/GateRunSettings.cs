using System.ComponentModel;
using Llama2Validation.Harness.GateWorkflow;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

internal sealed class GateRunSettings : RunnerSettings
{
    [CommandArgument(0, "<NAME>")]
    [Description("The pass's name: its folder under --runs.")]
    public string Name { get; init; } = "";

    [CommandArgument(1, "<CLASS>")]
    [Description("The hardware class whose cases run: H100, H200, A100, …")]
    public string HardwareClass { get; init; } = "";

    [CommandOption("--project <PROJECT>")]
    [Description("Correctness, Memory or Performance; repeatable. Default: all three.")]
    public string[] Project { get; init; } = [];

    [CommandOption("--record")]
    [Description("A recording pass: cases without an approved baseline skip instead of failing (the class is not declared).")]
    public bool Record { get; init; }

    public IReadOnlyList<TestProject> Projects => GateSettingsParsing.Projects(Project);

    public override ValidationResult Validate() =>
        GateSettingsParsing.NameProblem(Name) is { } name ? ValidationResult.Error(name)
        : GateSettingsParsing.ClassProblem(HardwareClass) is { } hardware ? ValidationResult.Error(hardware)
        : GateSettingsParsing.ProjectProblem(Project) is { } project ? ValidationResult.Error(project)
        : base.Validate();
}
