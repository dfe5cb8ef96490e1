using Llama2Validation.Harness;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands;

internal sealed class VersionCommand : Command
{
    public override int Execute(CommandContext context, CancellationToken cancellationToken)
    {
        AnsiConsole.MarkupLineInterpolated($"l2v [bold]{HarnessInfo.Commit}[/], LLamaSharp {HarnessInfo.LlamaSharpVersion}, .NET {System.Environment.Version}");
        return 0;
    }
}
