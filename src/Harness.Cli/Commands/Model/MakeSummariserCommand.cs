using System.Globalization;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Models.Caching;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Gguf;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Model;

/// <summary>Writes a trainer's export (weights.json + weights.bin) as an F16 GGUF with the generated vocabulary.</summary>
internal sealed class MakeSummariserCommand : Command<MakeSummariserSettings>
{
    public override int Execute(CommandContext context, MakeSummariserSettings settings, CancellationToken cancellationToken)
    {
        var plan = TrainedModelPlanner.Plan(settings.Weights, settings.Profile);
        var target = settings.Out ?? TrainedModels.SummariserPath(RepositoryLayout.Current);
        var written = GgufWriter.Write(plan, target, cancellationToken);
        FileSha256.Remember(written.Path, written.Sha256);
        var problems = GgufReader.Inspect(written.Path);
        AnsiConsole.MarkupLineInterpolated($"[bold]l2v-{settings.Profile}[/] from {Path.GetFullPath(settings.Weights)}");
        AnsiConsole.MarkupLineInterpolated($"path    {written.Path}");
        AnsiConsole.MarkupLineInterpolated($"size    {written.SizeBytes.ToString("N0", CultureInfo.InvariantCulture)} bytes");
        AnsiConsole.MarkupLineInterpolated($"sha256  {written.Sha256}");
        AnsiConsole.MarkupLineInterpolated($"valid   {problems.IsValid}");
        return problems.IsValid ? 0 : 1;
    }
}
