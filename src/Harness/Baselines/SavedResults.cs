using System.Text;
using System.Text.Json;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Baselines;

/// <summary>Reads a saved <c>results.json</c> for checking, refusing other schema versions with a clear message.</summary>
public static class SavedResults
{
    /// <exception cref="InvalidDataException">The file is not a results file this harness can read.</exception>
    public static ResultsFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        ResultsFile? results;
        try
        {
            results = JsonSerializer.Deserialize<ResultsFile>(File.ReadAllText(path, Encoding.UTF8), HarnessJson.Options);
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path} is not a results file (line {e.LineNumber + 1}): {e.Message}", e);
        }

        if (results is null)
        {
            throw new InvalidDataException($"{path} is empty (null).");
        }

        if (results.SchemaVersion != ResultsFile.CurrentSchemaVersion)
        {
            throw new InvalidDataException($"{path} has schemaVersion {results.SchemaVersion}; this harness reads {ResultsFile.CurrentSchemaVersion}.");
        }

        return results;
    }
}
