using System.ComponentModel;
using System.Globalization;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Proposals;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Benchmarks;
using Llama2Validation.Harness.Measurement;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Run;

/// <summary>
/// `l2v bench`: the CPU gate's speed ratios (the harness against LLamaSharp's plainest loop, each
/// strategy against its reference), each group of documents running through every strategy in turn.
/// </summary>
internal sealed class BenchCommand : AsyncCommand<BenchCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--groups <N>")]
        [Description("Timed groups of 4 documents; each runs through every strategy in turn, and each ratio is taken within a group.")]
        [DefaultValue(SpeedRatioBench.DefaultGroups)]
        public int Groups { get; init; } = SpeedRatioBench.DefaultGroups;

        [CommandOption("--repeat <N>")]
        [Description("Separate measurements (each its own worker); with --propose, their medians' spread sets the floors.")]
        [DefaultValue(1)]
        public int Repeat { get; init; } = 1;

        [CommandOption("--propose")]
        [Description("Write CPU speed-ratio floors for approval (baselines/CPU/throughput/*.received.json); needs --repeat 3 or more.")]
        public bool Propose { get; init; }

        [CommandOption("--fresh")]
        [Description("With --propose: floors from this session's measurements alone; without it they are pooled with those the approved floors came from.")]
        public bool Fresh { get; init; }

        public override ValidationResult Validate() =>
            Groups <= 0 ? ValidationResult.Error("--groups must be positive")
            : Repeat <= 0 ? ValidationResult.Error("--repeat must be positive")
            : Propose && Repeat < NoiseModel.MinimumRepeatsForSpread ? ValidationResult.Error($"--propose needs --repeat {NoiseModel.MinimumRepeatsForSpread} or more: a floor from fewer runs has no measured noise")
            : Fresh && !Propose ? ValidationResult.Error("--fresh applies to --propose")
            : ValidationResult.Success();
    }

    public override async Task<int> ExecuteAsync(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var models = CpuSpeedRatios.Models();
        var recordings = new List<IReadOnlyList<RatioMeasurement>>();
        for (var repeat = 1; repeat <= settings.Repeat; repeat++)
        {
            var measurements = await SpeedRatioBench.RunAsync(models, settings.Groups, line => AnsiConsole.WriteLine(line), cancellationToken).ConfigureAwait(false);
            recordings.Add(measurements);
            AnsiConsole.Write(Table(measurements, settings.Repeat == 1 ? null : $"measurement {repeat} of {settings.Repeat}"));
        }

        if (settings.Propose)
        {
            var layout = RepositoryLayout.Current;
            var model = CpuSpeedRatios.ModelIdentity;
            var written = new SpeedRatioProposer(ApprovalFolder.For(layout), BaselineStore.Load(layout), Llama2Validation.Harness.Hardware.Probes.HardwareDetector.Current).Propose("CPU", model, recordings, settings.Fresh);
            foreach (var path in written)
            {
                AnsiConsole.WriteLine($"proposed: {Path.GetRelativePath(layout.Root, path)}");
            }

            AnsiConsole.WriteLine("review them, then: l2v approve --kind baseline --class CPU");
        }

        return 0;
    }

    private static Table Table(IReadOnlyList<RatioMeasurement> measurements, string? title)
    {
        var table = new Table().AddColumns("ratio", "median", "min – max", "spread", "what it guards");
        if (title is not null)
        {
            table.Title(title);
        }

        foreach (var measurement in measurements)
        {
            table.AddRow(
                measurement.Ratio.ToString(),
                Format(measurement.Median),
                $"{Format(measurement.Groups.Min())} – {Format(measurement.Groups.Max())}",
                measurement.RelativeSpread.ToString("0.0%", CultureInfo.InvariantCulture),
                measurement.Ratio.Guards);
        }

        return table;
    }

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);
}
