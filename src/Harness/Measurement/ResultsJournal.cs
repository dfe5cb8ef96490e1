using System.Text.Json;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// The run in progress, one JSON line per finished document, appended as each finishes: a crash keeps
/// every finished document, while results.json is written only when a run ends. A resumed invocation
/// reads it back as a cancelled run of those documents.
/// </summary>
public sealed class ResultsJournal(string folder)
{
    public const string FileName = "results.journal.jsonl";

    private readonly Lock gate = new();

    public string Path { get; } = System.IO.Path.Combine(folder, FileName);

    /// <summary>Starts the journal of one run, with the documents an earlier invocation finished.</summary>
    public void Begin(StrategySpec spec, RunMetadata metadata, IEnumerable<DocumentResult> earlier)
    {
        ArgumentNullException.ThrowIfNull(earlier);
        var lines = earlier.Select(document => Line(new JournalLine { Document = document }));
        File.WriteAllLines(Path, [Line(new JournalLine { Spec = spec, Metadata = metadata }), .. lines]);
    }

    public void Append(DocumentResult document)
    {
        var line = Line(new JournalLine { Document = document });
        lock (gate)
        {
            File.AppendAllLines(Path, [line]);
        }
    }

    public void Clear() => File.Delete(Path);

    /// <summary>The journal's run as a cancelled run of its finished documents; null when there is none.</summary>
    public RunResult? InProgress()
    {
        if (!File.Exists(Path))
        {
            return null;
        }

        // A crash can cut the last line short; every whole line before it still counts.
        var lines = File.ReadLines(Path).Select(TryParse).TakeWhile(line => line is not null).ToList();
        if (lines is not [{ Spec: { } spec, Metadata: { } metadata }, ..])
        {
            return null;
        }

        List<DocumentResult> documents = [.. lines.Skip(1).Select(line => line!.Document).OfType<DocumentResult>()];
        return new RunResult
        {
            Strategy = spec.Name,
            Spec = spec,
            Outcome = RunOutcome.Cancelled,
            FailureDetail = "in progress or interrupted: the documents finished so far",
            DocumentCount = documents.Count,
            CompletedCount = documents.Count(d => d.Outcome == DocumentOutcome.Ok),
            Metadata = metadata,
            Documents = documents,
        };
    }

    private static string Line(JournalLine line) => JsonSerializer.Serialize(line, HarnessJson.Compact);

    private static JournalLine? TryParse(string text)
    {
        try
        {
            return JsonSerializer.Deserialize<JournalLine>(text, HarnessJson.Compact);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private sealed record JournalLine
    {
        public StrategySpec? Spec { get; init; }

        public RunMetadata? Metadata { get; init; }

        public DocumentResult? Document { get; init; }
    }
}
