
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

    /// <summary>
    /// Of <see cref="GenerationSeconds"/>, the time the generating thread was ready to run but waited for a
    /// core (the kernel's run-queue delay, /proc/thread-self/schedstat); null where not measured (not Linux,
    /// builds before it was recorded, runs of two threads). What remains is the run's wall time on a machine
    /// of its own: its work and its waits, without its neighbours' turns on the core.
    /// </summary>
    public double? GenerationRunQueueSeconds { get; init; }

    public double PrefillSeconds { get; init; }

    public long PrefillTokens { get; init; }

    public double DecodeOnlySeconds { get; init; }

    public long DecodeOnlyTokens { get; init; }

    public int DecodeCalls { get; init; }

    public long PeakRssBytes { get; init; }

    /// <summary>Where the greedy tokens were picked; null in results written before this was recorded.</summary>
    public GreedyPickSite? GreedyPicks { get; init; }

    /// <summary>
    /// The overflow context's own figures, when a run had one (long documents in slots of their own, decoded
    /// beside the main context). Then <see cref="GenerationSeconds"/> and <see cref="GenerationCpuSeconds"/>
    /// cover both contexts, and the prefill and decode figures above are the main context's alone: the two
    /// overlap in time, so adding their seconds would count the same wall time twice.
    /// </summary>
    public GenerationTotals? Overflow { get; init; }
}
