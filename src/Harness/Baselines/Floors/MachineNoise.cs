using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>
/// What one recording says about its machine's noise, per figure: three repeats of one strategy alone
/// understate how a figure moves, so each figure's spread is at least the largest spread THE SAME FIGURE
/// showed over the repeats of any key recorded on the machine. Per figure, because figures differ in
/// kind: a p90 time to first token over ten documents is one high quantile and moves far more than a
/// throughput averaged over thousands of tokens, and letting it widen every throughput floor would hide
/// a real slowdown.
/// </summary>
public sealed class MachineNoise
{
    private readonly List<List<RunResult>> repeatsPerKey;

    public MachineNoise(IEnumerable<IReadOnlyList<RunResult>> repeatsPerKey)
    {
        ArgumentNullException.ThrowIfNull(repeatsPerKey);
        this.repeatsPerKey = repeatsPerKey
            .Select(runs => runs.Where(r => r.Outcome == RunOutcome.Completed).ToList())
            .Where(runs => runs.Count >= NoiseModel.MinimumRepeatsForSpread)
            .ToList();
    }

    /// <summary>No other key to learn from: each figure keeps its own spread.</summary>
    public static MachineNoise None { get; } = new([]);

    /// <summary>
    /// The largest relative spread of this figure over the repeats of any one key (0 when none was repeated),
    /// as a range over <paramref name="repeats"/> runs: a key measured over fewer runs shows a narrower range
    /// for the same noise (<see cref="NoiseModel.RangeScale"/>), and the noise model's multiplier follows the
    /// number of runs.
    /// </summary>
    public double SpreadOf(Func<RunResult, double> figure, int repeats)
    {
        ArgumentNullException.ThrowIfNull(figure);
        return repeatsPerKey
            .Select(runs => runs.Select(figure).Where(v => double.IsFinite(v) && v > 0).ToList())
            .Where(values => values.Count >= NoiseModel.MinimumRepeatsForSpread)
            .Select(values => Spread.Relative(values) * NoiseModel.RangeScale(values.Count, repeats))
            .DefaultIfEmpty(0)
            .Max();
    }
}
