using System.ComponentModel;
using Llama2Validation.Harness.Comparison;
using Llama2Validation.Harness.Strategies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Compare;

internal sealed class CompareSettings : CommandSettings
{
    [CommandOption("--base <DIR>")]
    [Description("The merge base's worker build (scripts/build-base.sh); default: LLAMA2VALIDATION_BASE.")]
    public string? Base { get; init; }

    [CommandOption("--head <DIR>")]
    [Description("The head's worker build; default: the worker beside l2v (this build).")]
    public string? Head { get; init; }

    [CommandOption("-s|--strategy <NAME>")]
    [Description("Speed cases to compare (repeatable); default: default and batched.")]
    public string[] Strategies { get; init; } = [];

    [CommandOption("--pairs <N>")]
    [Description("Base/head pairs per case, run ABBA…, each run a fresh worker.")]
    [DefaultValue(ComparisonDefaults.CpuPairs)]
    public int Pairs { get; init; } = ComparisonDefaults.CpuPairs;

    [CommandOption("--delta <FRACTION>")]
    [Description("Slowdown tolerated: a figure passes while its lower 95% bound of head/base is at least 1 − δ.")]
    [DefaultValue(ComparisonDefaults.CpuDelta)]
    public double Delta { get; init; } = ComparisonDefaults.CpuDelta;

    [CommandOption("--documents <N>")]
    [Description("Documents per run.")]
    [DefaultValue(CpuComparisonWorkload.DefaultDocuments)]
    public int Documents { get; init; } = CpuComparisonWorkload.DefaultDocuments;

    [CommandOption("--json <FILE>")]
    [Description("Also write every run's figures and the verdicts as JSON.")]
    public string? Json { get; init; }

    public override ValidationResult Validate() =>
        Pairs < 2 ? ValidationResult.Error("--pairs must be 2 or more: a confidence bound needs two pairs")
        : Delta is <= 0 or >= 1 ? ValidationResult.Error("--delta must be between 0 and 1 (0.03 is 3%)")
        : Documents <= 0 ? ValidationResult.Error("--documents must be positive")
        : Strategies.FirstOrDefault(s => StrategyCatalog.Find(s) is null) is { } unknown
            ? ValidationResult.Error($"unknown strategy '{unknown}': one of {string.Join(", ", StrategyCatalog.Names)}")
        : (Base ?? BaseBuild.ConfiguredFolder()) is null ? ValidationResult.Error($"no base build: pass --base DIR or set {BaseBuild.Variable}")
        : ValidationResult.Success();
}
