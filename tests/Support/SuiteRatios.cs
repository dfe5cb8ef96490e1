using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Benchmarks;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Support;

/// <summary>The CPU gate's speed ratios, measured once per test process and shared by the five CPU throughput cases.</summary>
public static class SuiteRatios
{
    private static readonly Lazy<Task<IReadOnlyList<RatioMeasurement>>> Measured = new(() =>
        SpeedRatioBench.RunAsync(CpuSpeedRatios.Models(), SpeedRatioBench.DefaultGroups, log: null, CancellationToken.None));

    public static async Task<RatioMeasurement> ForAsync(string strategy)
    {
        var ratio = CpuSpeedRatios.For(strategy) ?? throw new ArgumentException($"no CPU speed ratio for {strategy}", nameof(strategy));
        var all = await Measured.Value.ConfigureAwait(false);
        return all.Single(m => m.Ratio == ratio);
    }
}
