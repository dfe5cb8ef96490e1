using Llama2Validation.Harness.GateWorkflow;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>
/// <c>l2v gate run NAME CLASS [--project P]… [--record] [-- program arguments]</c>: one pass of a class's
/// cases on a runner, through the bundle's test programs, as <c>dotnet test --filter Category=CLASS</c>
/// runs them where the SDK exists. Exit 0 when every program passed, 1 otherwise.
/// </summary>
internal sealed class GateRunCommand : Command<GateRunSettings>
{
    public override int Execute(CommandContext context, GateRunSettings settings, CancellationToken cancellationToken)
    {
        var pass = GatePassPreparation.Prepare(settings, settings.HardwareClass, settings.Projects, [.. context.Remaining.Raw], cancellationToken);
        var outcomes = GatePassRunner.Run(pass(settings.Name, !settings.Record), Console.WriteLine, cancellationToken);
        return outcomes.All(o => o.Passed) ? 0 : 1;
    }
}
