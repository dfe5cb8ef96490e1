
namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// Run-level timings only the engine can see. Prefill time is the time of decode calls that carried
/// prompt tokens; decode time that of calls carrying only generated tokens (steady-state decoding).
/// </summary>
public sealed record GenerationTotals
{
    /// <summary>From the first prompt token submitted to the last token generated.</summary>
    public double GenerationSeconds { get; init; }

    /// <summary>CPU time the generating thread used over <see cref="GenerationSeconds"/> (0 where not measured).</summary>
    public double GenerationCpuSeconds { get; init; }

    public double PrefillSeconds { get; init; }

    public long PrefillTokens { get; init; }

    public double DecodeOnlySeconds { get; init; }

    public long DecodeOnlyTokens { get; init; }

    public int DecodeCalls { get; init; }

    public long PeakRssBytes { get; init; }

    /// <summary>Where the greedy tokens were picked; null in results written before this was recorded.</summary>
    public GreedyPickSite? GreedyPicks { get; init; }
}
