using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Benchmarks;

/// <summary>
/// Measures <see cref="CpuSpeedRatios"/> in one worker that holds every side at once: each group of
/// documents runs through every side in turn, and each ratio is taken within a group, so both sides
/// of it ran a fraction of a second apart. Speed is documents per CPU-second of generation: time spent
/// waiting for a core while other work runs is not the strategy's. What `l2v bench` prints and what
/// the CPU throughput cases assert.
/// </summary>
public static class SpeedRatioBench
{
    /// <summary>Timed groups: each ratio is the median over them (about a minute on two quiet cores, all six sides).</summary>
    public const int DefaultGroups = 16;

    /// <summary>
    /// Groups run before timing: on the machines measured, a worker's first groups run up to 40% faster than
    /// its later ones (clocks settling under sustained load), and unevenly across weight types.
    /// </summary>
    private const int WarmUpGroups = 3;

    public static async Task<IReadOnlyList<RatioMeasurement>> RunAsync(
        Func<WeightType, ModelChoice> models, int groups, Action<string>? log, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(models);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(groups);
        var request = new RatioRequest
        {
            Sides = [.. CpuSpeedRatios.Specs().Select(spec => new RunRequest { Spec = spec, ModelPath = models(spec.Weights).Path, Examples = [], GpuLayers = 0 })],
            Groups = CpuSpeedRatios.Groups(groups + WarmUpGroups),
            WarmUpGroups = WarmUpGroups,
            Repeats = 3,
        };

        var timings = await RatioWorkerHost.RunAsync(request, null, cancellationToken).ConfigureAwait(false);
        var byGroup = timings.GroupBy(t => t.Group).OrderBy(g => g.Key)
            .Select(g => g.ToDictionary(t => t.Strategy, t => t.DocsPerCpuSecond, StringComparer.OrdinalIgnoreCase))
            .ToList();
        var measurements = CpuSpeedRatios.All
            .Select(ratio => new RatioMeasurement(ratio, [.. byGroup.Select(group => group[ratio.Strategy] / group[ratio.Reference])]))
            .ToList();
        foreach (var measurement in measurements)
        {
            log?.Invoke(FormattableString.Invariant($"{measurement.Ratio}: {string.Join(" ", measurement.Groups.Select(p => p.ToString("0.000", System.Globalization.CultureInfo.InvariantCulture)))}"));
        }

        return measurements;
    }
}
