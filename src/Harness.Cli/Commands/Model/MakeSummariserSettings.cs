using System.ComponentModel;
using Llama2Validation.Harness.Models.Generation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Model;

internal sealed class MakeSummariserSettings : CommandSettings
{
    [CommandOption("--weights <JSON>")]
    [Description("The trainer's weights.json (scripts/train/train.py), with weights.bin beside it.")]
    public string Weights { get; init; } = "weights.json";

    [CommandOption("--out <PATH>")]
    [Description("Where to write the F16 GGUF. Default: models/" + TrainedModels.SummariserFileName + ".")]
    public string? Out { get; init; }

    [CommandOption("--profile <NAME>")]
    [Description("The model's profile (its baseline identity is l2v-<profile>).")]
    [DefaultValue(TrainedModels.SummariserProfile)]
    public string Profile { get; init; } = TrainedModels.SummariserProfile;

    public override ValidationResult Validate()
    {
        var problems = new List<string>();
        if (!File.Exists(Weights))
        {
            problems.Add($"--weights '{Weights}' does not exist.");
        }

        if (string.IsNullOrWhiteSpace(Profile) || Profile.Any(c => !(char.IsAsciiLetterOrDigit(c) || c == '-')))
        {
            problems.Add($"--profile '{Profile}' must be letters, digits and dashes.");
        }

        return problems.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join(System.Environment.NewLine, problems));
    }
}
