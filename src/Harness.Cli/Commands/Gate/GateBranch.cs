using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary><c>l2v gate …</c>: what a GPU runner does, from the bundle, with nothing but l2v and its test programs.</summary>
internal static class GateBranch
{
    public static void Configure(IConfigurator<CommandSettings> gate)
    {
        gate.SetDescription("A runner's gate: run a class's cases, record passes, propose floors and snapshots, compare outputs.");
        gate.AddCommand<GateRunCommand>("run").WithDescription("Run one pass of a class's cases through the bundle's test programs (TRX, JUnit, logs, results files).");
        gate.AddCommand<GateRecordCommand>("record").WithDescription("Recording passes of a class (cases without a baseline skip), for `l2v gate propose`.");
        gate.AddCommand<GateProposeCommand>("propose").WithDescription("Propose floors and snapshots from the recording passes: received files and a summary to approve elsewhere.");
        gate.AddCommand<GateStabilityCommand>("stability").WithDescription("Compare passes' greedy outputs token by token, per strategy.");
    }
}
