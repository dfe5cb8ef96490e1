using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Results;

internal sealed class ScoreSettings : CommandSettings
{
    [CommandArgument(0, "<FILE>")]
    [Description("A seed data_*.json (list of gt_summary/pred_summary) or a results.json; each run is scored separately.")]
    public string File { get; init; } = "";

    [CommandOption("--json")]
    [Description("Print per-document scores and the aggregate as JSON instead of a table.")]
    public bool Json { get; init; }

    [CommandOption("--stem")]
    [Description("Porter-stem tokens longer than three characters (rouge_score's use_stemmer=True).")]
    public bool Stem { get; init; }

    [CommandOption("--seed <N>")]
    [Description("Seed of the bootstrap (numpy's np.random.seed); a random one is chosen and reported when absent.")]
    public uint? Seed { get; init; }

    public override ValidationResult Validate() =>
        System.IO.File.Exists(File) ? ValidationResult.Success() : ValidationResult.Error($"No such file: {File}");
}
