namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// δ and the most pairs per class. CPU (chosen on 2026-12-08 on the 2-core EPYC of CI's kind,
/// docs/gate-sensitivity.md#the-relative-gate): a run's own-core docs/s of the 32-document workload moved
/// by a log spread of 0.03 per pair on a quiet machine and 0.06–0.09 with two busy neighbours, so the
/// sequential test for δ = 5% decides an A/A in about 8–20 pairs and a 5% slowdown in about 10–30; 48 pairs
/// (1–4 minutes a case there) is where it gives up and says so. GPU: not yet measured.
/// </summary>
public static class ComparisonDefaults
{
    public const double CpuDelta = 0.05;

    public const int CpuMaximumPairs = 48;

    public const double GpuDelta = 0.03;

    public const int GpuMaximumPairs = 12;
}
