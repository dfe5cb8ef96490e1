namespace Llama2Validation.Harness.Comparison;

/// <summary>The one-sided 95% quantile of Student's t (two-sided 90%), from the standard table; between rows, the next smaller row's (wider, never narrower).</summary>
public static class StudentT
{
    private static readonly double[] Table =
    [
        6.314, 2.920, 2.353, 2.132, 2.015, 1.943, 1.895, 1.860, 1.833, 1.812,
        1.796, 1.782, 1.771, 1.761, 1.753, 1.746, 1.740, 1.734, 1.729, 1.725,
        1.721, 1.717, 1.714, 1.711, 1.708, 1.706, 1.703, 1.701, 1.699, 1.697,
    ];

    public static double OneSided95(int degreesOfFreedom)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(degreesOfFreedom);
        return degreesOfFreedom <= Table.Length ? Table[degreesOfFreedom - 1]
            : degreesOfFreedom <= 40 ? 1.697
            : degreesOfFreedom <= 60 ? 1.684
            : degreesOfFreedom <= 120 ? 1.671
            : 1.658;
    }
}
