using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Measurement;

/// <summary>One strategy's run over a dataset: summary figures, provenance and every document.</summary>
public sealed record RunResult
{
    public required string Strategy { get; init; }

    public required StrategySpec Spec { get; init; }

    public RunOutcome Outcome { get; init; }

    /// <summary>Why a run failed: the native message, the signal, the memory prediction.</summary>
    public string? FailureDetail { get; init; }

    /// <summary>Documents submitted.</summary>
    public int DocumentCount { get; init; }

    /// <summary>Documents whose outcome is ok.</summary>
    public int CompletedCount { get; init; }

    public double LoadSeconds { get; init; }

    /// <summary>Whole run, load included (the seed's total_time).</summary>
    public double WallSeconds { get; init; }

    /// <summary>From the first prompt token submitted to the last token generated.</summary>
    public double GenerationSeconds { get; init; }

    /// <summary>Completed documents over <see cref="GenerationSeconds"/> (load excluded, as the anchors are measured).</summary>
    public double DocsPerSecond { get; init; }

    public double PrefillTokensPerSecond { get; init; }

    public double DecodeTokensPerSecond { get; init; }

    public double TimeToFirstTokenP50Seconds { get; init; }

    public double TimeToFirstTokenP90Seconds { get; init; }

    /// <summary>Time per output token after the first, median over documents.</summary>
    public double TimePerOutputTokenP50Seconds { get; init; }

    public double TimePerOutputTokenP90Seconds { get; init; }

    /// <summary>Mean per-document ROUGE-1 F1 (rouge_score-exact) where references exist and weights are real.</summary>
    public double? Rouge1F1 { get; init; }

    /// <summary>Agreement with the F16 reference where it was measured for this run's strategy; null otherwise.</summary>
    public RunAgreement? Agreement { get; init; }

    public long PeakRssBytes { get; init; }

    /// <summary>Peak GPU memory in use during the run above what was in use before it (NVML); null without a GPU.</summary>
    public long? PeakGpuMemoryBytes { get; init; }

    /// <summary>llama.cpp's own account of the device buffers; null when it reported none (a CPU run).</summary>
    public DeviceBuffers? DeviceBuffers { get; init; }

    /// <summary>
    /// The engine's own split of the generation time (null without a worker's totals): decode calls with
    /// prompt tokens, calls with generated tokens only, and how many calls; the rest of
    /// <see cref="GenerationSeconds"/> is host time between calls (batch building, greedy picks).
    /// </summary>
    public GenerationTotals? Engine { get; init; }

    /// <summary>Endpoint runs only: the load they ran at and the serving figures over wall time (null for in-process runs).</summary>
    public Serving.ServingMetrics? Serving { get; init; }

    /// <summary>
    /// Documents taken from an earlier, interrupted invocation (null when the run ran in one piece). Counts,
    /// ROUGE-1 and per-document latencies cover every document; throughput covers only the part timed last.
    /// </summary>
    public int? ResumedDocuments { get; init; }

    public required RunMetadata Metadata { get; init; }

    /// <summary>What llama.cpp actually set up (read back from the context); null for runs that created none or predate it.</summary>
    public ContextSettings? Context { get; init; }

    /// <summary>Each setting llama.cpp used other than requested ("batch (n_batch): requested 2000000000, llama.cpp used 4096"); empty when it used what was asked.</summary>
    public IReadOnlyList<string> SettingsDifferences { get; init; } = [];

    public IReadOnlyList<DocumentResult> Documents { get; init; } = [];
}
