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

    [CommandOption("--max-pairs <N>")]
    [Description("Most base/head pairs per case, run ABBA…, each run a fresh worker; the sequential test usually decides sooner.")]
    [DefaultValue(ComparisonDefaults.CpuMaximumPairs)]
    public int MaximumPairs { get; init; } = ComparisonDefaults.CpuMaximumPairs;

    [CommandOption("--min-pairs <N>")]
    [Description("Pairs run before the test may decide: more gives a steadier estimate of a known change's size.")]
    [DefaultValue(8)]
    public int MinimumPairs { get; init; } = new SequentialTest().MinimumPairs;

    [CommandOption("--best-of <K>")]
    [Description("Runs of each side per pair, of which the fastest counts: a neighbour only slows a run.")]
    [DefaultValue(ComparisonDefaults.CpuRunsPerSide)]
    public int BestOf { get; init; } = ComparisonDefaults.CpuRunsPerSide;

    [CommandOption("--delta <FRACTION>")]
    [Description("The smallest slowdown to catch: the test weighs \"no change\" against \"slower by δ\" after each pair.")]
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
        MinimumPairs < 2 ? ValidationResult.Error("--min-pairs must be 2 or more: a spread needs two pairs")
        : BestOf < 1 ? ValidationResult.Error("--best-of must be 1 or more")
        : MaximumPairs < MinimumPairs ? ValidationResult.Error("--max-pairs must be at least --min-pairs (8 by default)")
        : Delta is <= 0 or >= 1 ? ValidationResult.Error("--delta must be between 0 and 1 (0.03 is 3%)")
        : Documents <= 0 ? ValidationResult.Error("--documents must be positive")
        : Strategies.FirstOrDefault(s => StrategyCatalog.Find(s) is null) is { } unknown
            ? ValidationResult.Error($"unknown strategy '{unknown}': one of {string.Join(", ", StrategyCatalog.Names)}")
        : (Base ?? BaseBuild.ConfiguredFolder()) is null ? ValidationResult.Error($"no base build: pass --base DIR or set {BaseBuild.Variable}")
        : ValidationResult.Success();
}
