using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Results;

internal sealed class ReportSettings : CommandSettings
{
    [CommandArgument(0, "<RESULTS>")]
    [Description("One or more results.json files, e.g. one per GPU runner; runs are merged by hardware × strategy.")]
    public string[] Results { get; init; } = [];

    [CommandOption("-o|--out <DIR>")]
    [Description("Folder to write report.md, report.html and the PNG charts into (default: artifacts/report).")]
    public string? Out { get; init; }

    [CommandOption("--title <TITLE>")]
    [Description("Heading of the report.")]
    public string? Title { get; init; }

    public override ValidationResult Validate() =>
        Out is not null && OutputPath.FolderProblem("--out", Out) is { } problem ? ValidationResult.Error(problem) : ValidationResult.Success();
}
