using System.Globalization;
using System.Text.Json;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Models.Caching;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// Run once, assert many: a run is stored on disk under its key, and a cross-process lock makes
/// concurrent askers (the three test assemblies run in parallel) wait for the one that runs it.
/// Every real run appends a line to runs.log, which is how tests prove one run per key. Keys carry the
/// test session (<see cref="TestSession"/> unless given), so the next `dotnet test` measures afresh.
/// </summary>
public sealed class RunCache(string folder, string? session = null) : IRunCache
{
    public string Folder { get; } = folder;

    public string Session { get; } = session ?? TestSession.Current;

    public Task<RunResult> GetOrRunAsync(RunIdentity identity, Func<CancellationToken, Task<RunResult>> run, CancellationToken cancellationToken) =>
        GetOrRunAsync(RunCacheKey.Of(identity, Session), run, cancellationToken);

    public string LogPath => Path.Combine(Folder, "runs.log");

    public async Task<RunResult> GetOrRunAsync(RunCacheKey key, Func<CancellationToken, Task<RunResult>> run, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Folder);
        var digest = key.Digest();
        var resultPath = Path.Combine(Folder, digest + ".json");
        using var held = await FileLock.AcquireAsync(Path.Combine(Folder, digest + ".lock"), cancellationToken).ConfigureAwait(false);
        if (TryRead(resultPath) is { } cached)
        {
            return cached;
        }

        var result = await run(cancellationToken).ConfigureAwait(false);
        if (result.Outcome != RunOutcome.Cancelled)
        {
            AtomicFile.WriteAllText(resultPath, JsonSerializer.Serialize(result, HarnessJson.Options));
        }

        var line = string.Create(CultureInfo.InvariantCulture, $"{DateTimeOffset.UtcNow:O}\t{digest}\t{key.Spec.Name}\t{key.Session}\tpid {System.Environment.ProcessId}{System.Environment.NewLine}");
        await File.AppendAllTextAsync(LogPath, line, cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>How many real runs the log records for a key digest.</summary>
    public int RunsRecordedFor(string digest) =>
        File.Exists(LogPath) ? File.ReadLines(LogPath).Count(l => l.Split('\t') is [_, var d, ..] && d == digest) : 0;

    private static RunResult? TryRead(string path)
    {
        if (!File.Exists(path))
        {
            return null;
        }

        return JsonSerializer.Deserialize<RunResult>(File.ReadAllText(path), HarnessJson.Options);
    }
}
