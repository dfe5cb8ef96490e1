using System.Globalization;
using System.Text.Json;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// Reads outputs to score from the two formats in use: the seed's <c>data_*.json</c> (a list of objects
/// with <c>gt_summary</c> and <c>pred_summary</c>) and the harness's own results.json (one set per run).
/// </summary>
public static class ScoringInputReader
{
    private const string SeedReference = "gt_summary";
    private const string SeedPrediction = "pred_summary";

    public static ScoringInput ReadFile(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (!File.Exists(path))
        {
            return ScoringInput.Invalid($"{path}: no such file.");
        }

        return Parse(File.ReadAllText(path), Path.GetFileNameWithoutExtension(path));
    }

    /// <summary>Parses <paramref name="json"/>; a seed file's single set is called <paramref name="name"/>.</summary>
    public static ScoringInput Parse(string json, string name)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            return root.ValueKind switch
            {
                JsonValueKind.Array => ParseSeedData(root, name),
                JsonValueKind.Object when root.TryGetProperty("runs", out _) => ParseResults(root),
                _ => ScoringInput.Invalid($"{name}: neither a seed data file (a JSON list of {{{SeedReference}, {SeedPrediction}}}) nor a results.json (an object with runs)."),
            };
        }
        catch (JsonException exception)
        {
            return ScoringInput.Invalid($"{name}: not valid JSON ({exception.Message}).");
        }
    }

    private static ScoringInput ParseSeedData(JsonElement root, string name)
    {
        var pairs = new List<ScoringPair>();
        var problems = new List<string>();
        var index = 0;
        foreach (var entry in root.EnumerateArray())
        {
            var label = string.Create(CultureInfo.InvariantCulture, $"{name}[{index}]");
            var reference = StringProperty(entry, SeedReference);
            var prediction = StringProperty(entry, SeedPrediction);
            if (reference is null)
            {
                problems.Add($"{label}: no string {SeedReference}.");
            }

            if (prediction is null)
            {
                problems.Add($"{label}: no string {SeedPrediction}.");
            }

            if (reference is not null && prediction is not null)
            {
                pairs.Add(new ScoringPair(StringProperty(entry, "url") ?? label, reference, prediction));
            }

            index++;
        }

        return problems.Count > 0 ? new ScoringInput([], problems) : new ScoringInput([new ScoringSet(name, pairs)], []);
    }

    private static ScoringInput ParseResults(JsonElement root)
    {
        if (root.TryGetProperty("schemaVersion", out var version)
            && (version.ValueKind != JsonValueKind.Number || version.GetInt32() != ResultsFile.CurrentSchemaVersion))
        {
            return ScoringInput.Invalid($"results.json schema version {version} is not the supported {ResultsFile.CurrentSchemaVersion}.");
        }

        var results = root.Deserialize<ResultsFile>(HarnessJson.Options);
        if (results is null || results.Runs.Count == 0)
        {
            return ScoringInput.Invalid("results.json holds no runs.");
        }

        var sets = new List<ScoringSet>(results.Runs.Count);
        foreach (var run in results.Runs)
        {
            sets.Add(ScoringSet.FromRun(run));
        }

        return new ScoringInput(sets, []);
    }

    private static string? StringProperty(JsonElement entry, string property) =>
        entry.ValueKind == JsonValueKind.Object && entry.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;
}
