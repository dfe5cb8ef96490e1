using System.Globalization;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Data;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.Corpus;

/// <summary>Loads a dataset (and manifest) the way a run would, and shows what it found, what is wrong, and its hash.</summary>
internal sealed class DatasetCommand : AsyncCommand<DatasetSettings>
{
    private const int ProblemsShown = 50;

    public override async Task<int> ExecuteAsync(CommandContext context, DatasetSettings settings, CancellationToken cancellationToken)
    {
        if (settings.Problems() is { Count: > 0 } problems)
        {
            foreach (var problem in problems)
            {
                AnsiConsole.MarkupLineInterpolated($"[red]{problem}[/]");
            }

            return 2;
        }

        var request = new DatasetRequest
        {
            Dataset = settings.Dataset,
            ManifestPath = settings.Manifest,
            Format = settings.ParsedFormat,
            DocumentTokensPath = settings.DocumentTokens,
            UniformCount = settings.Count,
            UniformPromptTokens = settings.PromptTokens,
        };

        PreparedDataset dataset;
        try
        {
            dataset = await DatasetCatalog.PrepareAsync(request, RepositoryLayout.Current, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception) when (exception is FileNotFoundException or ArgumentException or InvalidDataException)
        {
            AnsiConsole.MarkupLineInterpolated($"[red]{exception.Message}[/]");
            return 2;
        }

        AnsiConsole.MarkupLineInterpolated($"[bold]{dataset.Name}[/]: {dataset.Description}");
        AnsiConsole.MarkupLineInterpolated($"{dataset.Examples.Count} example(s), {Lengths(dataset)}");
        WriteExamples(dataset, settings.Limit);
        WriteList("missing from the dataset", dataset.MissingIds);
        WriteList("problem(s)", dataset.Problems.Select(problem => problem.ToString()).ToList());
        AnsiConsole.MarkupLineInterpolated($"dataset hash [bold]{dataset.Hash}[/]");

        var hasIssues = dataset.Problems.Count > 0 || dataset.MissingIds.Count > 0;
        return dataset.Examples.Count == 0 || (settings.Strict && hasIssues) ? 1 : 0;
    }

    private static string Lengths(PreparedDataset dataset)
    {
        if (dataset.Examples.Count == 0)
        {
            return "nothing to run";
        }

        var (unit, lengths) = dataset.IsSynthetic
            ? ("prompt tokens", dataset.Examples.Select(example => example.SyntheticPromptTokens!.Value).ToList())
            : ("document words", dataset.Examples.Select(example => WordCount(example.Document)).ToList());
        lengths.Sort();
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{unit}: min {lengths[0]}, median {lengths[lengths.Count / 2]}, mean {lengths.Average():F1}, max {lengths[^1]}");
    }

    private static void WriteExamples(PreparedDataset dataset, int limit)
    {
        if (limit == 0 || dataset.Examples.Count == 0)
        {
            return;
        }

        var table = new Table().AddColumns("#", "id", dataset.IsSynthetic ? "prompt tokens" : "words", "reference");
        foreach (var (example, index) in dataset.Examples.Take(limit).Select((example, index) => (example, index)))
        {
            var length = example.SyntheticPromptTokens ?? WordCount(example.Document);
            table.AddRow(
                Markup.Escape((index + 1).ToString(CultureInfo.InvariantCulture)),
                Markup.Escape(example.Id),
                length.ToString(CultureInfo.InvariantCulture),
                Markup.Escape(Shorten(example.Reference, 60)));
        }

        AnsiConsole.Write(table);
        if (dataset.Examples.Count > limit)
        {
            AnsiConsole.MarkupLineInterpolated($"... and {dataset.Examples.Count - limit} more (--limit)");
        }
    }

    private static void WriteList(string label, IReadOnlyList<string> items)
    {
        if (items.Count == 0)
        {
            return;
        }

        AnsiConsole.MarkupLineInterpolated($"[yellow]{items.Count} {label}:[/]");
        foreach (var item in items.Take(ProblemsShown))
        {
            AnsiConsole.MarkupLineInterpolated($"  {item}");
        }

        if (items.Count > ProblemsShown)
        {
            AnsiConsole.MarkupLineInterpolated($"  ... and {items.Count - ProblemsShown} more");
        }
    }

    private static int WordCount(string text) => text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).Length;

    private static string Shorten(string text, int length) => text.Length <= length ? text : string.Concat(text.AsSpan(0, length - 3), "...");
}
