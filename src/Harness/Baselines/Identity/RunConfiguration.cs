using System.Globalization;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Baselines.Identity;

/// <summary>
/// Every setting of a run that changes its speed, memory or outputs, as named text values: what a
/// baseline records and what a run must repeat to be judged by it. Kept as a flat name → value map so
/// a baseline file and a snapshot header can both carry it, and a difference can be named field by field.
/// The llama.cpp build and LLamaSharp version are deliberately absent: an engine upgrade is exactly the
/// change the gate exists to judge against the previous engine's figures.
/// </summary>
public static class RunConfiguration
{
    /// <summary>
    /// Fields that record what llama.cpp used rather than what was asked. Compared only where both sides
    /// have them, so baselines recorded before they were read back still judge.
    /// </summary>
    public const string ActualPrefix = "actual.";

    public static IReadOnlyDictionary<string, string> Of(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var spec = run.Spec;
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["kind"] = spec.Kind == StrategyKind.Batched ? "batched" : "sequential",
            ["weights"] = spec.Weights.ToString().ToLowerInvariant(),
            ["modelSha256"] = run.Metadata.ModelSha256,
            ["kvCache"] = spec.KvCache.ToString().ToLowerInvariant(),
            ["flashAttention"] = spec.FlashAttention ? "on" : "off",
            ["parallelSequences"] = Text(spec.ParallelSequences),
            ["contextPerSequence"] = spec.ContextPerSequence is { } cells ? Text(cells) : "model",
            ["batchSize"] = Text(spec.BatchSize),
            ["microBatchSize"] = Text(spec.MicroBatchSize),
            ["threads"] = spec.Threads is { } threads ? Text(threads) : "auto",
            ["maxNewTokens"] = Text(spec.MaxNewTokens),
            ["forceNewTokens"] = spec.ForceNewTokens is { } forced ? Text(forced) : "none",
            // A CPU backend offloads nothing, whatever was asked.
            ["gpuLayers"] = run.Metadata.Backend.StartsWith("cpu", StringComparison.Ordinal) ? "0" : Text(run.Metadata.GpuLayers),
            ["datasetHash"] = run.Metadata.DatasetHash,
            ["backend"] = string.IsNullOrEmpty(run.Metadata.Backend) ? "unknown" : run.Metadata.Backend,
        };

        // What llama.cpp really set up, beside what was asked: a clamped batch or an engine change that
        // overrides a setting is then a configuration change too.
        if (run.Context is { } actual)
        {
            fields[ActualPrefix + "sequences"] = Text(actual.Sequences);
            fields[ActualPrefix + "cellsPerSequence"] = Text(actual.CellsPerSequence);
            fields[ActualPrefix + "batch"] = Text(actual.Batch);
            fields[ActualPrefix + "microBatch"] = Text(actual.MicroBatch);
            fields[ActualPrefix + "flashAttention"] = actual.FlashAttention is { } flash ? (flash ? "on" : "off") : "unreported";
            fields[ActualPrefix + "kvCache"] = actual.KeyType is null ? "unreported" : $"{actual.KeyType}/{actual.ValueType}";
            fields[ActualPrefix + "offloadedLayers"] = actual.OffloadedLayers is { } offloaded ? Text(offloaded) : "0";
        }

        // Only a prefix is named, so configurations recorded before prefixes existed (all documents) still match.
        if (spec.Documents is { } documents)
        {
            fields["documents"] = Text(documents);
        }

        // Named only when present, so configurations recorded before overflow slots existed still match.
        if (spec.OverflowSequences > 0)
        {
            fields["overflowSequences"] = Text(spec.OverflowSequences);
            fields["overflowContextPerSequence"] = spec.OverflowContextPerSequence is { } overflowCells ? Text(overflowCells) : "model";
        }

        return fields;
    }

    /// <summary><see cref="Of"/> without the <see cref="ActualPrefix"/> fields: what the run asked for.</summary>
    public static IReadOnlyDictionary<string, string> Requested(RunResult run) =>
        new SortedDictionary<string, string>(
            Of(run).Where(p => !p.Key.StartsWith(ActualPrefix, StringComparison.Ordinal)).ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            StringComparer.Ordinal);

    /// <summary>
    /// The catalog spec set to what a baseline recorded, so a runner repeats the measured configuration
    /// (parallel count, context, KV type, batch sizes, threads, token caps); fields it lacks keep the spec's.
    /// </summary>
    public static StrategySpec Replay(StrategySpec spec, IReadOnlyDictionary<string, string> recorded)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(recorded);
        int? Number(string name) => recorded.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;
        string? Word(string name) => recorded.GetValueOrDefault(name);
        return spec with
        {
            Weights = Enum.TryParse<WeightType>(Word("weights"), ignoreCase: true, out var weights) ? weights : spec.Weights,
            KvCache = Enum.TryParse<KvCacheType>(Word("kvCache"), ignoreCase: true, out var kv) ? kv : spec.KvCache,
            FlashAttention = Word("flashAttention") is { } flash ? flash == "on" : spec.FlashAttention,
            ParallelSequences = Number("parallelSequences") ?? spec.ParallelSequences,
            ContextPerSequence = Word("contextPerSequence") == "model" ? null : Number("contextPerSequence") ?? spec.ContextPerSequence,
            BatchSize = Number("batchSize") ?? spec.BatchSize,
            MicroBatchSize = Number("microBatchSize") ?? spec.MicroBatchSize,
            Threads = Word("threads") == "auto" ? null : Number("threads") ?? spec.Threads,
            MaxNewTokens = Number("maxNewTokens") ?? spec.MaxNewTokens,
            ForceNewTokens = Word("forceNewTokens") == "none" ? null : Number("forceNewTokens") ?? spec.ForceNewTokens,
            Documents = Number("documents"),
            OverflowSequences = Number("overflowSequences") ?? 0,
            OverflowContextPerSequence = Number("overflowContextPerSequence"),
        };
    }

    /// <summary>One line: "batchSize=512 backend=cpu-avx2 …" (values never hold spaces).</summary>
    public static string Format(IReadOnlyDictionary<string, string> configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        return string.Join(' ', configuration.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => $"{p.Key}={p.Value}"));
    }

    public static IReadOnlyDictionary<string, string> Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var fields = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var pair in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            if (equals > 0)
            {
                fields[pair[..equals]] = pair[(equals + 1)..];
            }
        }

        return fields;
    }

    /// <summary>Each field whose value differs (or exists on one side only), as "parallelSequences: recorded 4, this run 8".</summary>
    public static IReadOnlyList<string> Differences(IReadOnlyDictionary<string, string> recorded, IReadOnlyDictionary<string, string> measured)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        ArgumentNullException.ThrowIfNull(measured);
        return recorded.Keys.Union(measured.Keys, StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .Select(name => (name, Recorded: recorded.GetValueOrDefault(name), Measured: measured.GetValueOrDefault(name)))
            .Where(field => !string.Equals(field.Recorded, field.Measured, StringComparison.Ordinal))
            .Where(field => !(field.name.StartsWith(ActualPrefix, StringComparison.Ordinal) && (field.Recorded is null || field.Measured is null)))
            .Select(field => $"{field.name}: recorded {Shown(field.Recorded)}, this run {Shown(field.Measured)}")
            .ToList();
    }

    private static string Shown(string? value) => value is null ? "(absent)" : value.Length > 20 ? value[..12] + "…" : value;

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
