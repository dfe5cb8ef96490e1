using System.ComponentModel;
using Llama2Validation.Harness.Training.Corpus;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Corpus;

internal sealed class CorpusSettings : CommandSettings
{
    [CommandOption("--out <FOLDER>")]
    [Description("Folder for the articles (.jsonl), token ids (.u16/.i32) and manifest.json. Default: artifacts/corpus.")]
    public string? Out { get; init; }

    [CommandOption("--train <N>")]
    [Description("Articles in the train split.")]
    [DefaultValue(40000)]
    public int Train { get; init; } = 40000;

    [CommandOption("--held-out <N>")]
    [Description("Articles in the held-out split.")]
    [DefaultValue(500)]
    public int HeldOut { get; init; } = 500;

    [CommandOption("--seed <SEED>")]
    [Description("Seed of the corpus generator; the same seed and generator version give the same bytes.")]
    [DefaultValue(HowToCorpus.DefaultSeed)]
    public ulong Seed { get; init; } = HowToCorpus.DefaultSeed;

    [CommandOption("--tokenizer <GGUF>")]
    [Description("Model whose vocabulary tokenises the corpus. Default: the generated tiny model (the same vocabulary the summariser ships).")]
    public string? Tokenizer { get; init; }

    public override ValidationResult Validate()
    {
        var problems = new List<string>();
        if (Train < 0 || HeldOut < 0)
        {
            problems.Add("--train and --held-out must not be negative.");
        }

        if (Tokenizer is not null && !File.Exists(Tokenizer))
        {
            problems.Add($"--tokenizer '{Tokenizer}' does not exist.");
        }

        return problems.Count == 0 ? ValidationResult.Success() : ValidationResult.Error(string.Join(System.Environment.NewLine, problems));
    }
}
