namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// δ and the pair count per class. Not yet chosen by measurement: on the only machine measured (2 cores at
/// load 26–44) every A/A try was inconclusive at these values (docs/gate-sensitivity.md#the-relative-gate);
/// `RELATIVE=1 scripts/gate-sensitivity.sh` on CI's kind of machine is what should set them.
/// </summary>
public static class ComparisonDefaults
{
    public const double CpuDelta = 0.03;

    public const int CpuPairs = 8;

    public const double GpuDelta = 0.03;

    public const int GpuPairs = 4;
}
