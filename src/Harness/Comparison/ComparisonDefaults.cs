namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// δ, the most pairs and the runs per side per class. CPU (chosen on 2026-12-08 on the 2-core EPYC of CI's
/// kind, docs/gate-sensitivity.md#the-relative-gate): a pair's own-core docs/s ratio of the 32-document
/// workload moved by a log spread of 0.03–0.06 on a quiet or lightly shared machine, so the sequential test
/// for δ = 5% decides an A/A in about 8–12 pairs and a 5% slowdown in about 8–15; 48 pairs is where it gives
/// up and says so. GPU: not yet measured.
/// </summary>
public static class ComparisonDefaults
{
    public const double CpuDelta = 0.05;

    public const int CpuMaximumPairs = 48;

    /// <summary>
    /// Each side's fastest of three runs per pair: on an A/A with CI's own test run beside it the per-pair log
    /// spread was 0.178 taking every run and 0.058 taking the fastest of three (the same runs regrouped).
    /// </summary>
    public const int CpuRunsPerSide = 3;

    public const double GpuDelta = 0.03;

    public const int GpuMaximumPairs = 12;

    public const int GpuRunsPerSide = 1;
}
