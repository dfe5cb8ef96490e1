using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands;

internal sealed class CheckSettings : CommandSettings
{
    [CommandArgument(0, "<RESULTS>")]
    [Description("A results.json written by `l2v run` (for machines where `dotnet test` cannot run).")]
    public string Results { get; init; } = "";

    [CommandOption("--baselines <DIR>")]
    [Description("Baselines folder (default: the checkout's baselines/).")]
    public string? Baselines { get; init; }

    [CommandOption("--no-snapshots")]
    [Description("Do not compare output snapshots.")]
    public bool NoSnapshots { get; init; }

    [CommandOption("--no-proposals")]
    [Description("Do not write baseline proposals (*.received.json).")]
    public bool NoProposals { get; init; }

    [CommandOption("--verdicts <FILE>")]
    [Description("Also write every verdict as JSON to FILE.")]
    public string? Verdicts { get; init; }

    public override ValidationResult Validate() =>
        File.Exists(Results) ? ValidationResult.Success() : ValidationResult.Error($"No such file: {Results}");
}
