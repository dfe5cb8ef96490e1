using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

internal sealed class GateStabilitySettings : CommandSettings
{
    [CommandArgument(0, "<PASS>")]
    [Description("Two or more folders of results files (results.json or results-CLASS-STRATEGY.json), one per pass, in order.")]
    public string[] Passes { get; init; } = [];

    public override ValidationResult Validate() =>
        Passes.Length < 2 ? ValidationResult.Error("give at least two pass folders to compare")
        : Passes.FirstOrDefault(p => !Directory.Exists(p)) is { } missing ? ValidationResult.Error($"no such folder: {missing}")
        : ValidationResult.Success();
}
