using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

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
    [Description("Write no received files at all: neither baseline proposals (*.received.json) nor snapshots (*.received.txt).")]
    public bool NoProposals { get; init; }

    [CommandOption("--strict")]
    [Description("Exit 1 also when a run has no baseline or its baseline is not comparable (the default when CI is set).")]
    public bool Strict { get; init; }

    [CommandOption("--lenient")]
    [Description("Exit 1 only on a failed check, even under CI: a run without a comparable baseline is reported, not failed.")]
    public bool Lenient { get; init; }

    [CommandOption("--verdicts <FILE>")]
    [Description("Also write every verdict as JSON to FILE.")]
    public string? Verdicts { get; init; }

    /// <summary>Whether a run that cannot be judged fails the check: asked for, or under CI unless --lenient.</summary>
    public bool IsStrict => Strict || (!Lenient && Llama2Validation.Harness.Approval.ContinuousIntegration.IsDetected());

    public override ValidationResult Validate() =>
        Strict && Lenient ? ValidationResult.Error("--strict and --lenient contradict each other")
        : Verdicts is not null && OutputPath.FileProblem("--verdicts", Verdicts) is { } verdicts ? ValidationResult.Error(verdicts)
        : File.Exists(Results) ? ValidationResult.Success() : ValidationResult.Error($"No such file: {Results}");
}
