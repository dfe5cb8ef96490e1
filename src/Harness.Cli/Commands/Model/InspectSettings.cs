using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Model;

internal sealed class InspectSettings : CommandSettings
{
    [CommandArgument(0, "<MODEL>")]
    [Description("Path of the GGUF file to read and validate.")]
    public string Model { get; init; } = string.Empty;

    [CommandOption("--keys")]
    [Description("Print every metadata key, not only the key facts.")]
    public bool AllKeys { get; init; }

    public override ValidationResult Validate() =>
        File.Exists(Model) ? ValidationResult.Success() : ValidationResult.Error($"'{Model}' does not exist.");
}
