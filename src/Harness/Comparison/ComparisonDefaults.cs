namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// δ and the pair count per class, chosen from the measurements in docs/gate-sensitivity.md: the
/// smallest δ at which A/A runs passed every time with this many pairs, on the machine measured.
/// </summary>
public static class ComparisonDefaults
{
    public const double CpuDelta = 0.03;

    public const int CpuPairs = 8;

    public const double GpuDelta = 0.03;

    public const int GpuPairs = 4;
}
