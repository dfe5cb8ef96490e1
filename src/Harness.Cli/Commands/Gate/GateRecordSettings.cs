using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

internal sealed class GateRecordSettings : RunnerSettings
{
    [CommandArgument(0, "<CLASS>")]
    [Description("The hardware class to record baselines for.")]
    public string HardwareClass { get; init; } = "";

    [CommandOption("--passes <N>")]
    [Description("How many recording passes (each its own session, as the noise model needs).")]
    [DefaultValue(3)]
    public int Passes { get; init; } = 3;

    [CommandOption("--first <N>")]
    [Description("The first pass's number, so passes can be spread over several commands (record-FIRST …).")]
    [DefaultValue(1)]
    public int First { get; init; } = 1;

    public override ValidationResult Validate() =>
        GateSettingsParsing.ClassProblem(HardwareClass) is { } hardware ? ValidationResult.Error(hardware)
        : Passes < 1 ? ValidationResult.Error($"--passes: {Passes} is not a number of passes (at least 1)")
        : First < 1 ? ValidationResult.Error($"--first: {First} is not a pass number (at least 1)")
        : base.Validate();
}
