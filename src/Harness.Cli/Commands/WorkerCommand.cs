using System.ComponentModel;
using Llama2Validation.Harness.Running.Worker;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands;

/// <summary>Runs one strategy in this process and streams results on stdout; started by the run host, not by people.</summary>
internal sealed class WorkerCommand : Command<WorkerCommand.Settings>
{
    public sealed class Settings : CommandSettings
    {
        [CommandOption("--request <FILE>")]
        [Description("The run request written by the parent process.")]
        public string? Request { get; init; }

        [CommandOption("--ratios <FILE>")]
        [Description("A speed-ratio request written by the parent process.")]
        public string? Ratios { get; init; }

        public override ValidationResult Validate() =>
            (Request, Ratios) switch
            {
                (not null, null) when File.Exists(Request) => ValidationResult.Success(),
                (null, not null) when File.Exists(Ratios) => ValidationResult.Success(),
                (null, null) => ValidationResult.Error("worker: give --request or --ratios"),
                (not null, not null) => ValidationResult.Error("worker: give --request or --ratios, not both"),
                _ => ValidationResult.Error($"worker: '{Request ?? Ratios}' does not exist"),
            };
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        settings.Ratios is { } ratios
            ? RatioWorkerProgram.Run(ratios, Console.Out, cancellationToken)
            : WorkerProgram.Run(settings.Request!, Console.Out, cancellationToken);
}
