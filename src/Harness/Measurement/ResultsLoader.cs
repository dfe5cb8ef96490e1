using System.Text.Json;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// Reads results.json files for a report. Every file is checked before any is used, so one run of
/// <c>l2v report</c> names every unreadable or incompatible file at once.
/// </summary>
public static class ResultsLoader
{
    private const string SchemaVersionProperty = "schemaVersion";

    public static ResultsLoad Load(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<LoadedResultsFile>();
        var problems = new List<ResultsLoadProblem>();
        foreach (var path in paths)
        {
            var (file, problem) = LoadOne(path);
            if (file is not null)
            {
                files.Add(file);
            }

            if (problem is not null)
            {
                problems.Add(problem);
            }
        }

        return new ResultsLoad(files, problems);
    }

    /// <summary>Parses one file's text; <paramref name="path"/> only names it in problems.</summary>
    public static (LoadedResultsFile? File, ResultsLoadProblem? Problem) Parse(string path, string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        try
        {
            // The version is read on its own first: a file from another schema may not deserialize at
            // all, and "schemaVersion 2, expected 1" says more than a property-type error.
            using (var document = JsonDocument.Parse(json))
            {
                if (document.RootElement.ValueKind != JsonValueKind.Object)
                {
                    return (null, new ResultsLoadProblem(path, "not a results file: the JSON is not an object with schemaVersion and runs."));
                }

                if (!document.RootElement.TryGetProperty(SchemaVersionProperty, out var version) || !version.TryGetInt32(out var schemaVersion))
                {
                    return (null, new ResultsLoadProblem(path, "not a results file: it has no integer schemaVersion."));
                }

                if (schemaVersion != ResultsFile.CurrentSchemaVersion)
                {
                    return (null, new ResultsLoadProblem(
                        path,
                        $"schemaVersion {schemaVersion} cannot be read by this l2v, which reads schemaVersion {ResultsFile.CurrentSchemaVersion}. "
                        + "Report it with the l2v version that wrote it, or re-run it with this one."));
                }
            }

            var results = JsonSerializer.Deserialize<ResultsFile>(json, HarnessJson.Options);
            if (results is null)
            {
                return (null, new ResultsLoadProblem(path, "not a results file: the JSON is null."));
            }

            var outOfRange = results.Runs.SelectMany(RunAggregateRanges.Problems).ToList();
            return outOfRange.Count > 0
                ? (null, new ResultsLoadProblem(path, $"aggregates out of range, so nothing in it is judged: {string.Join("; ", outOfRange)}"))
                : (new LoadedResultsFile(path, results), null);
        }
        catch (JsonException exception)
        {
            return (null, new ResultsLoadProblem(path, $"not valid results JSON: {exception.Message}"));
        }
    }

    private static (LoadedResultsFile? File, ResultsLoadProblem? Problem) LoadOne(string path)
    {
        string json;
        try
        {
            json = File.ReadAllText(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            return (null, new ResultsLoadProblem(path, $"cannot be read: {exception.Message}"));
        }

        return Parse(path, json);
    }
}
