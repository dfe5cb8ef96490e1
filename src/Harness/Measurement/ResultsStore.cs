using System.Text.Json;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// Reads and writes <c>results.json</c>. Writes are atomic, and a run in progress is written after
/// every document (as cancelled until it finishes), so a crash or Ctrl+C keeps every finished document.
/// </summary>
public static class ResultsStore
{
    public const string FileName = "results.json";

    public static void Write(string folder, ResultsFile results) => WriteFile(Path.Combine(folder, FileName), results);

    /// <summary>A results file under another name (one per suite run, for CI artifacts and `l2v report`).</summary>
    public static void WriteFile(string path, ResultsFile results) =>
        AtomicFile.WriteAllText(path, JsonSerializer.Serialize(results, HarnessJson.Options));

    /// <summary>One results file, or <see cref="InvalidDataException"/> saying what is wrong with it (another schema version, not JSON).</summary>
    public static ResultsFile Read(string path)
    {
        var (file, problem) = ResultsLoader.Parse(path, File.ReadAllText(path));
        return file?.Results ?? throw new InvalidDataException($"{path}: {problem!.Message}");
    }

    /// <summary>The runs of an earlier invocation in <paramref name="folder"/>, or none.</summary>
    public static IReadOnlyList<RunResult> Previous(string folder)
    {
        var path = Path.Combine(folder, FileName);
        return File.Exists(path) ? Read(path).Runs : [];
    }
}
