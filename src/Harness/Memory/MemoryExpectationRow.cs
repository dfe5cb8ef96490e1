using Llama2Validation.Harness.Baselines.Floors;

namespace Llama2Validation.Harness.Memory;

/// <summary>One parallel-sequence count: the expected outcome and the prediction behind it, in whole MiB.</summary>
public sealed record MemoryExpectationRow
{
    public int ParallelSequences { get; init; }

    public int ContextPerSequence { get; init; }

    public MemoryExpectation Expected { get; init; }

    public long PredictedMiB { get; init; }

    public long WeightsMiB { get; init; }

    public long KvCacheMiB { get; init; }

    public long ComputeMiB { get; init; }

    public long OverheadMiB { get; init; }

    /// <summary>Memory left (negative: missing) after the prediction.</summary>
    public long HeadroomMiB { get; init; }

    public string Note { get; init; } = "";

    /// <summary>The row as the baselines' memory expectations hold it (what <see cref="Baselines.Checking.MemoryOutcomeValidator"/> checks a run against).</summary>
    public ExpectedMemoryOutcome ToExpectedOutcome() => new()
    {
        ParallelSequences = ParallelSequences,
        ContextPerSequence = ContextPerSequence,
        Expected = Expected,
        Note = Note,
    };
}
