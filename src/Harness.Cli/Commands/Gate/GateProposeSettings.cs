using System.ComponentModel;
using Llama2Validation.Harness.GateWorkflow;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

internal sealed class GateProposeSettings : CommandSettings
{
    [CommandArgument(0, "<CLASS>")]
    [Description("The hardware class recorded.")]
    public string HardwareClass { get; init; } = "";

    [CommandOption("--root <DIR>")]
    [Description("The runner's suite root the passes ran against. Default: <temp>/l2v-gate-root.")]
    public string? Root { get; init; }

    [CommandOption("--runs <DIR>")]
    [Description("Where the record-N pass folders are. Default: <temp>/l2v-runs.")]
    public string? Runs { get; init; }

    [CommandOption("--out <DIR>")]
    [Description("The proposal folder to carry home: received files under baselines/ and summary.md. Default: RUNS/proposal-CLASS.")]
    public string? Out { get; init; }

    public string RootFolder => Path.GetFullPath(Root ?? GateRoot.DefaultPath);

    public string RunsFolder => Path.GetFullPath(Runs ?? Path.Combine(Path.GetTempPath(), "l2v-runs"));

    public string OutFolder => Path.GetFullPath(Out ?? Path.Combine(RunsFolder, "proposal-" + HardwareClass));

    public override ValidationResult Validate() =>
        GateSettingsParsing.ClassProblem(HardwareClass) is { } hardware ? ValidationResult.Error(hardware)
        : !Directory.Exists(Path.Combine(RootFolder, "baselines")) ? ValidationResult.Error($"--root: no suite root with baselines at {RootFolder}; run `l2v gate record` first")
        : ValidationResult.Success();
}
