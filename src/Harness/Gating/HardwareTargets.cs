using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Harness.Gating;

/// <summary>The hardware the test matrix covers: every class that has a test category.</summary>
public static class HardwareTargets
{
    private static readonly HardwareClass[] Tested =
        [HardwareClass.CPU, HardwareClass.T4, HardwareClass.L4, HardwareClass.A100, HardwareClass.H100, HardwareClass.H200];

    /// <summary>One target per class, any memory size (throughput, snapshots).</summary>
    public static IReadOnlyList<HardwareTarget> Classes { get; } = [.. Tested.Select(c => new HardwareTarget(c))];

    /// <summary>One target per class and memory size (what fits in memory depends on the size).</summary>
    public static IReadOnlyList<HardwareTarget> ClassesAndSizes { get; } =
    [
        .. Tested.SelectMany(c => GpuMemorySizes.Of(c) is { Count: > 0 } sizes
            ? sizes.Select(size => new HardwareTarget(c, size))
            : [new HardwareTarget(c)]),
    ];
}
