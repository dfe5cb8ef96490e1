using Llama2Validation.Harness.GateWorkflow;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>
/// <c>l2v gate propose CLASS</c>: the recording passes judged together, outputs compared token by token,
/// and the received files with a summary in one folder for a person to review and approve on their own
/// machine. Approves nothing. Plain text: paths must not be wrapped.
/// </summary>
internal sealed class GateProposeCommand : Command<GateProposeSettings>
{
    public override int Execute(CommandContext context, GateProposeSettings settings, CancellationToken cancellationToken)
    {
        var proposal = ProposalWorkflow.Propose(settings.HardwareClass, settings.RunsFolder, settings.RootFolder, settings.OutFolder);
        Console.Write(ProposalSummary.Format(proposal));
        Console.WriteLine($"proposal: {proposal.Folder} ({proposal.ReceivedFiles.Count} received files, {proposal.Withheld.Count} withheld)");
        return 0;
    }
}
