using System.ComponentModel;
using System.Globalization;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Benchmarks;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Strategies;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands;

/// <summary>`l2v bench`: what the harness itself costs per token, and what batching buys, on the tiny model.</summary>
internal sealed class BenchCommand : AsyncCommand<BenchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--passes <N>")]
        [Description("Alternating passes of each side; medians are compared.")]
        [DefaultValue(3)]
        public int Passes { get; init; } = 3;

        [CommandOption("--new-tokens <N>")]
        [Description("Tokens generated per document (forced, so both sides do the same work).")]
        [DefaultValue(300)]
        public int NewTokens { get; init; } = 300;

        public override ValidationResult Validate() =>
            Passes > 0 && NewTokens > 1 ? ValidationResult.Success() : ValidationResult.Error("--passes must be positive and --new-tokens above 1");
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var dataset = await DatasetCatalog.PrepareAsync(new DatasetRequest { Dataset = DatasetCatalog.Smoke }, RepositoryLayout.Current, cancellationToken).ConfigureAwait(false);
        var models = new ModelSources().Resolver();
        var comparisons = await HarnessBench.RunAsync(
            models(WeightType.F16).Path, models(WeightType.Q4_0).Path, dataset.Examples, settings.Passes, settings.NewTokens,
            line => AnsiConsole.WriteLine(line), cancellationToken).ConfigureAwait(false);

        var table = new Table().AddColumns("comparison", "reference (median)", "measured (median)", "measured / reference");
        foreach (var comparison in comparisons)
        {
            var perToken = comparison.Name.StartsWith("harness", StringComparison.Ordinal);
            double Median(IEnumerable<BenchFigures> figures) => Llama2Validation.Harness.Measurement.Percentile.Of(figures.Select(f => perToken ? f.DecodeTokensPerSecond : f.DocsPerSecond), 50);
            var reference = Median(comparison.Reference);
            var measured = Median(comparison.Measured);
            var unit = perToken ? "decode tok/s" : "docs/s";
            table.AddRow(comparison.Name, Format(reference, unit), Format(measured, unit), (measured / reference).ToString("0.000", CultureInfo.InvariantCulture));
        }

        AnsiConsole.Write(table);
        return 0;
    }

    private static string Format(double value, string unit) => value.ToString("0.00", CultureInfo.InvariantCulture) + " " + unit;
}
