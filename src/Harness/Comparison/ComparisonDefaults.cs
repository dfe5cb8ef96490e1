namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// δ and the pair count per class. CPU: chosen on 2026-12-08 on the 2-core EPYC with two busy loops and a
/// colleague's build/test job beside it (docs/gate-sensitivity.md#the-relative-gate): per-pair own-core
/// ratios of an A/A spread with a log standard deviation of 0.21 at 8 documents a run and 0.08–0.09 at 32, so
/// runs of 32 documents and 16 pairs (about 1.5–2.5 minutes per speed case there) give 90% intervals of
/// ±2–4%; δ = 5% is what such an interval can clear on an A/A. GPU: not yet measured.
/// </summary>
public static class ComparisonDefaults
{
    public const double CpuDelta = 0.05;

    public const int CpuPairs = 16;

    public const double GpuDelta = 0.03;

    public const int GpuPairs = 4;
}
