using Llama2Validation.Harness.Baselines.Floors;

namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>
/// The only checks that may be left out "by design": a verdict that judged nothing is
/// <see cref="VerdictStatus.NotApplicable"/> only when every skipped check is on this list. Anything else
/// that judged nothing (no floors recorded, no expectation row, a run that did not complete) cannot be
/// judged, and a declared runner fails it.
/// </summary>
public static class DesignExclusions
{
    /// <summary>Random weights carry speed and memory, not quality.</summary>
    public static SkippedCheck SyntheticQuality { get; } =
        new(FigureNames.Rouge1, "synthetic weights: random models carry speed and memory, not quality");

    /// <summary>CPU machines that read the same differ 2× in speed; the CPU gate asserts ratios measured side by side.</summary>
    public static SkippedCheck CpuAbsoluteThroughput { get; } =
        new("absolute throughput", "CPU speed is reported, not asserted; the CPU gate asserts speed ratios (l2v bench)");

    /// <summary>
    /// Random weights whose greedy output is one token repeated in every document: such a snapshot can only catch a
    /// change gross enough to alter that token, so it is never approved; the agreement cases judge the strategy.
    /// </summary>
    public static SkippedCheck SyntheticRepeatedToken { get; } =
        new(FigureNames.OutputSnapshot, "synthetic weights: every document's output is one token repeated; the agreement cases judge this strategy");

    public static IReadOnlyList<SkippedCheck> All { get; } = [SyntheticQuality, CpuAbsoluteThroughput, SyntheticRepeatedToken];

    public static bool Contains(SkippedCheck check) => All.Contains(check);
}
