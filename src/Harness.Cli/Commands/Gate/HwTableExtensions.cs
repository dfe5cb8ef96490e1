using Spectre.Console;
using Spectre.Console.Rendering;

namespace Llama2Validation.Cli.Commands.Gate;

internal static class HwTableExtensions
{
    /// <summary>Adds cells as plain text: GPU names, paths and nvidia-smi's "[N/A]" are not Spectre markup.</summary>
    public static Table AddTextRow(this Table table, params string[] cells) =>
        table.AddRow([.. cells.Select(cell => (IRenderable)new Text(cell))]);
}
