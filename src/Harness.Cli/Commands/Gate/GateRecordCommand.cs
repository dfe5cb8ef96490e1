using Llama2Validation.Harness.GateWorkflow;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>
/// <c>l2v gate record CLASS [--passes N] [--first F]</c>: recording passes of the Correctness program (its
/// snapshot cases run every strategy in the gate's configuration) into record-F … record-(F+N-1), for
/// <c>l2v gate propose</c>. A failed case does not stop the recording; exit 1 if any pass failed.
/// </summary>
internal sealed class GateRecordCommand : Command<GateRecordSettings>
{
    public override int Execute(CommandContext context, GateRecordSettings settings, CancellationToken cancellationToken)
    {
        var pass = GatePassPreparation.Prepare(settings, settings.HardwareClass, [TestProject.Correctness], [.. context.Remaining.Raw], cancellationToken);
        var failed = false;
        for (var number = settings.First; number < settings.First + settings.Passes; number++)
        {
            failed |= GatePassRunner.Run(pass(RecordingPasses.FolderName(number), false), Console.WriteLine, cancellationToken).Any(o => !o.Passed);
        }

        return failed ? 1 : 0;
    }
}
