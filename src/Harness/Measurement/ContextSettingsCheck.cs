using System.Globalization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Measurement;

/// <summary>Where what llama.cpp set up differs from what the run asked for, field by field, in words a person can act on.</summary>
public static class ContextSettingsCheck
{
    /// <param name="spec">The requested strategy.</param>
    /// <param name="gpuLayers">The requested offload (999 = every layer).</param>
    /// <param name="actual">What the context reported.</param>
    public static IReadOnlyList<string> Differences(StrategySpec spec, int gpuLayers, ContextSettings actual)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(actual);
        var differences = new List<string>();
        void Compare(string name, string requested, string? used)
        {
            if (used is not null && !string.Equals(requested, used, StringComparison.Ordinal))
            {
                differences.Add($"{name}: requested {requested}, llama.cpp used {used}");
            }
        }

        Compare("parallel sequences (n_seq_max)", Text(spec.ParallelSequences), Text(actual.Sequences));
        if (spec.ContextPerSequence is { } cells)
        {
            Compare("cells per sequence (n_ctx_seq)", Text(cells), Text(actual.CellsPerSequence));
        }

        // The engine asks for at least one batch slot per sequence (LlamaSession).
        Compare("batch (n_batch)", Text(Math.Max(spec.BatchSize, spec.ParallelSequences)), Text(actual.Batch));
        Compare("micro-batch (n_ubatch)", Text(spec.MicroBatchSize), Text(actual.MicroBatch));
        Compare("flash attention", spec.FlashAttention ? "on" : "off", actual.FlashAttention is { } flash ? (flash ? "on" : "off") : null);
        var kv = spec.KvCache.ToString().ToLowerInvariant();
        Compare("K cache type", kv, actual.KeyType);
        Compare("V cache type", kv, actual.ValueType);
        if (actual is { OffloadedLayers: { } offloaded, ModelLayers: { } layers })
        {
            Compare("offloaded layers", Text(Math.Min(gpuLayers, layers)), Text(offloaded));
        }

        return differences;
    }

    private static string Text(int value) => value.ToString(CultureInfo.InvariantCulture);
}
