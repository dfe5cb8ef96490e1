using System.ComponentModel;
using Llama2Validation.Harness.Data;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Corpus;

internal sealed class DatasetSettings : CommandSettings
{
    [CommandArgument(0, "[DATASET]")]
    [Description("sample, smoke, w100, uniform, or a WikiLingua/GEM file (.jsonl, .parquet). Default: sample.")]
    public string Dataset { get; init; } = DatasetCatalog.Sample;

    [CommandOption("-m|--sample|--manifest <PATH>")]
    [Description("Manifest that selects and orders documents (one URL or id a line); --sample, as `l2v run` names it.")]
    public string? Manifest { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Override detection: wikilingua-jsonl, wikilingua-parquet or gem-jsonl.")]
    public string? Format { get; init; }

    [CommandOption("--doc-tokens <PATH>")]
    [Description("For w100: the seed's doc_tokens.tsv (default: the seed reference folder's).")]
    public string? DocumentTokens { get; init; }

    [CommandOption("--count <N>")]
    [Description("For uniform: number of prompts.")]
    [DefaultValue(SyntheticWorkloads.UniformDefaultCount)]
    public int Count { get; init; } = SyntheticWorkloads.UniformDefaultCount;

    [CommandOption("--prompt-tokens <N>")]
    [Description("For uniform: tokens per prompt, BOS included.")]
    [DefaultValue(SyntheticWorkloads.UniformDefaultPromptTokens)]
    public int PromptTokens { get; init; } = SyntheticWorkloads.UniformDefaultPromptTokens;

    [CommandOption("--limit <N>")]
    [Description("How many examples to list.")]
    [DefaultValue(20)]
    public int Limit { get; init; } = 20;

    [CommandOption("--strict")]
    [Description("Exit with 1 when there are problems or missing ids, not only when nothing loaded.")]
    public bool Strict { get; init; }

    public DatasetFormat? ParsedFormat => Format is null ? null : ParseFormat(Format);

    /// <summary>
    /// Every settings problem at once, as a list the command prints one per line before exiting with 2
    /// (the same code the CLI's error handler gives bad input).
    /// </summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(Dataset))
        {
            problems.Add("DATASET: an empty name is neither a dataset nor a file.");
        }

        if (Format is not null && ParseFormat(Format) is null)
        {
            problems.Add($"Unknown format '{Format}': use wikilingua-jsonl, wikilingua-parquet or gem-jsonl.");
        }

        if (Count <= 0 || PromptTokens <= 0)
        {
            problems.Add("--count and --prompt-tokens must be positive.");
        }

        if (Limit < 0)
        {
            problems.Add("--limit must not be negative.");
        }

        return problems;
    }

    // Accepts the kebab-case names results.json uses and the enum's own names.
    private static DatasetFormat? ParseFormat(string text) =>
        Enum.TryParse<DatasetFormat>(text.Replace("-", "", StringComparison.Ordinal), ignoreCase: true, out var format) ? format : null;
}
