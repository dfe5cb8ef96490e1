using Llama2Validation.Harness.GateWorkflow;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>
/// <c>l2v gate stability PASS PASS…</c>: per strategy, whether the passes' greedy outputs were identical
/// token for token. Exit 0 when every strategy's were, 1 otherwise.
/// </summary>
internal sealed class GateStabilityCommand : Command<GateStabilitySettings>
{
    public override int Execute(CommandContext context, GateStabilitySettings settings, CancellationToken cancellationToken)
    {
        var passes = settings.Passes.Select(RecordingPasses.Load).ToList();
        if (passes.Any(p => p.Count == 0))
        {
            throw new InvalidDataException($"no results*.json in {settings.Passes[passes.FindIndex(p => p.Count == 0)]}");
        }

        var stability = OutputStability.Compare(passes);
        foreach (var strategy in stability)
        {
            Console.WriteLine(strategy.Describe());
        }

        return stability.All(s => s.Identical) ? 0 : 1;
    }
}
