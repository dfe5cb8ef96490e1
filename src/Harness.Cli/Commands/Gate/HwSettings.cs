using System.ComponentModel;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

internal sealed class HwSettings : CommandSettings
{
    [CommandOption("--json")]
    [Description("Print the report as JSON (for scripts and CI logs).")]
    public bool Json { get; init; }
}
