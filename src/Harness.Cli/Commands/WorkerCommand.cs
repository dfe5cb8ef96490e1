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
        public string Request { get; init; } = "";

        public override ValidationResult Validate() =>
            File.Exists(Request) ? ValidationResult.Success() : ValidationResult.Error($"--request: '{Request}' does not exist");
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        WorkerProgram.Run(settings.Request, Console.Out, cancellationToken);
}
