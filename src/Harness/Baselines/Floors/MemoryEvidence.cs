namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>
/// Which memory classes' expectations were confirmed by running them on that class, and which are still
/// the memory model's predictions approved back to themselves. A prediction is worth less than a
/// measurement and must say so wherever it is shown: TRX messages, `l2v memory`, reports.
/// </summary>
public static class MemoryEvidence
{
    /// <summary>
    /// Classes whose expectation rows ran through the worker on that GPU, with where the evidence is. H200:
    /// the gate's memory cases and the batched configuration's NVML figure (128,706 MiB in four runs against
    /// 128,876 predicted), docs/memory.md and docs/gpu-results/H200/gate/. No other class has run them yet.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Measured { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["H200"] = "docs/gpu-results/H200/gate/",
    };

    public const string PredictedLabel = "predicted, not measured";

    public static bool IsMeasured(string memoryClass) => Measured.ContainsKey(memoryClass);

    /// <summary>"predicted, not measured on T4" or "measured on H200 (docs/gpu-results/H200/gate/)".</summary>
    public static string Label(string memoryClass) =>
        Measured.TryGetValue(memoryClass, out var evidence) ? $"measured on {memoryClass} ({evidence})" : $"{PredictedLabel} on {memoryClass}";
}
