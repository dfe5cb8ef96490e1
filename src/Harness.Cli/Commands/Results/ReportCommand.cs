using Llama2Validation.Harness;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Reports;
using Llama2Validation.Harness.Reports.Exporters;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Results;

/// <summary>
/// <c>l2v report a100/results.json t4/results.json --out artifacts/report</c>. Unreadable files are
/// reported by the loader, all at once, each with its path and reason.
/// </summary>
internal sealed class ReportCommand : Command<ReportSettings>
{
    public override int Execute(CommandContext context, ReportSettings settings, CancellationToken cancellationToken)
    {
        var load = ResultsLoader.Load(settings.Results);
        if (!load.Succeeded)
        {
            foreach (var problem in load.Problems)
            {
                Console.Error.WriteLine($"error: {problem.Path}: {problem.Message}");
            }

            if (load.Problems.Count == 0)
            {
                Console.Error.WriteLine("error: no results file was read");
            }

            return CliErrors.BadInputExitCode;
        }

        var folder = Path.GetFullPath(settings.Out ?? Path.Combine(RepositoryLayout.Current.ArtifactsFolder, "report"));
        var model = ReportBuilder.Build(load.Files, DateTimeOffset.UtcNow, settings.Title ?? ReportBuilder.DefaultTitle);
        var written = ReportWriter.Write(model, folder);

        AnsiConsole.MarkupLineInterpolated($"Report of {model.Runs.Runs.Count} runs from {load.Files.Count} results files written to [bold]{folder}[/]:");
        foreach (var path in written)
        {
            AnsiConsole.MarkupLineInterpolated($"  {Path.GetRelativePath(folder, path)}");
        }

        foreach (var figure in model.Figures.Where(f => !f.IsDrawn))
        {
            AnsiConsole.MarkupLineInterpolated($"  [grey]not drawn: {figure.Title}: {figure.OmittedBecause}[/]");
        }

        return 0;
    }
}
