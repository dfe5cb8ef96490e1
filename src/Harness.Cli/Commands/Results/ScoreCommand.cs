using System.Globalization;
using System.Text.Json;
using Llama2Validation.Harness.Metrics;
using Llama2Validation.Harness.Serialization;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Results;

/// <summary>Scores existing outputs with rouge_score-exact ROUGE-1/2/L and the bootstrap aggregate.</summary>
internal sealed class ScoreCommand : Command<ScoreSettings>
{
    public override int Execute(CommandContext context, ScoreSettings settings, CancellationToken cancellationToken)
    {
        var input = ScoringInputReader.ReadFile(settings.File);
        if (!input.IsValid)
        {
            foreach (var problem in input.Problems)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{problem}[/]");
            }

            return CliErrors.BadInputExitCode;
        }

        var seed = settings.Seed ?? NumpyRandomState.RandomSeed();
        var evaluator = new RougeEvaluator(settings.Stem);
        var evaluations = new List<RougeEvaluation>(input.Sets.Count);
        foreach (var set in input.Sets)
        {
            cancellationToken.ThrowIfCancellationRequested();
            evaluations.Add(evaluator.Evaluate(set, seed));
        }

        if (settings.Json)
        {
            // Plain Console: Spectre would wrap and interpret the text.
            Console.Out.WriteLine(JsonSerializer.Serialize(new ScoreReport(settings.File, evaluations), HarnessJson.Options));
        }
        else
        {
            foreach (var evaluation in evaluations)
            {
                Render(evaluation);
            }
        }

        return 0;
    }

    private static void Render(RougeEvaluation evaluation)
    {
        var skipped = evaluation.SkippedDocuments > 0 ? $", {evaluation.SkippedDocuments} skipped (no reference or not completed)" : "";
        AnsiConsole.MarkupLineInterpolated(
            $"[bold]{evaluation.Name}[/]: {evaluation.Documents.Count} documents{skipped}, stemming {(evaluation.Stemmed ? "on" : "off")}");
        if (evaluation.Aggregate is not { } aggregate)
        {
            AnsiConsole.MarkupLine("[yellow]Nothing to score.[/]");
            return;
        }

        var table = new Table()
            .AddColumn("ROUGE")
            .AddColumn(new TableColumn("Precision").RightAligned())
            .AddColumn(new TableColumn("Recall").RightAligned())
            .AddColumn(new TableColumn("F1 mean").RightAligned())
            .AddColumn(new TableColumn("F1 mid").RightAligned())
            .AddColumn(new TableColumn("F1 95% interval").RightAligned());
        AddRow(table, "rouge1", aggregate.Rouge1);
        AddRow(table, "rouge2", aggregate.Rouge2);
        AddRow(table, "rougeL", aggregate.RougeL);
        table.Caption($"precision and recall are means; mid and interval from {aggregate.Samples} bootstrap resamples, seed {aggregate.Seed}");
        AnsiConsole.Write(table);
    }

    private static void AddRow(Table table, string name, RougeAggregate aggregate) =>
        table.AddRow(
            name,
            Format(aggregate.Mean.Precision),
            Format(aggregate.Mean.Recall),
            Format(aggregate.Mean.F1),
            Format(aggregate.Mid.F1),
            $"{Format(aggregate.Low.F1)} – {Format(aggregate.High.F1)}");

    private static string Format(double value) => value.ToString("F4", CultureInfo.InvariantCulture);
}
