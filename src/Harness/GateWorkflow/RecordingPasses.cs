using System.Globalization;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>
/// The recording passes of a runs folder: <c>record-1</c>, <c>record-2</c>, … (what <c>l2v gate record</c>
/// writes), in pass order, each with the runs of its results files (the suite's
/// <c>results-CLASS-STRATEGY.json</c>, or an <c>l2v run</c>'s results.json).
/// </summary>
public static class RecordingPasses
{
    public const string Prefix = "record-";

    public static string FolderName(int pass) => Prefix + pass.ToString(CultureInfo.InvariantCulture);

    /// <summary>The pass folders under <paramref name="runsFolder"/> in numeric order (record-10 after record-9).</summary>
    public static IReadOnlyList<string> Find(string runsFolder) =>
        Directory.Exists(runsFolder)
            ? [.. Directory.GetDirectories(runsFolder, Prefix + "*")
                .Select(path => (path, number: int.TryParse(Path.GetFileName(path)[Prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : -1))
                .Where(p => p.number >= 0)
                .OrderBy(p => p.number)
                .Select(p => p.path)]
            : [];

    /// <summary>Every run of one pass folder's results files, in file-name order; a file that cannot be read throws <see cref="InvalidDataException"/>.</summary>
    public static IReadOnlyList<RunResult> Load(string passFolder) =>
        [.. Directory.GetFiles(passFolder, "results*.json")
            .Order(StringComparer.Ordinal)
            .SelectMany(path => ResultsStore.Read(path).Runs)];
}
