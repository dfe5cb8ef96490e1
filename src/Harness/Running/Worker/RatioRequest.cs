using Llama2Validation.Harness.Data;

namespace Llama2Validation.Harness.Running.Worker;

/// <summary>
/// What a speed-ratio worker runs: every side loaded at once, then each group of documents through every
/// side in turn (the order rotated per group), so the two sides of a ratio run a fraction of a second
/// apart and a slow spell of the machine falls on both.
/// </summary>
public sealed record RatioRequest
{
    /// <summary>One run request per side (its spec and model file); their examples are ignored.</summary>
    public required IReadOnlyList<RunRequest> Sides { get; init; }

    public required IReadOnlyList<IReadOnlyList<Example>> Groups { get; init; }

    /// <summary>
    /// Times each group runs through every side; the fastest counts. Another process on the machine only
    /// ever slows a run down, so the best of a few is the least disturbed estimate of its cost.
    /// </summary>
    public int Repeats { get; init; } = 3;

    /// <summary>Groups run through every side before timing starts (JIT, caches, page faults).</summary>
    public int WarmUpGroups { get; init; } = 1;
}
