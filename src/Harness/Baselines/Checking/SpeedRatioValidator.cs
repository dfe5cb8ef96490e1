using System.Globalization;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Proposals;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>
/// A measured speed ratio against its floor, recorded × (1 − tolerance) with the tolerance from the recordings'
/// noise, which catches drift; and, for a strategy that exists to be faster than its reference, against 1:
/// the run's own groups must show it faster (<see cref="RatioMeasurement.MedianLowerBound"/> above 1), which
/// catches the optimisation switched off even where the pooled floor sits below 1 (docs/cpu-gate.md).
/// </summary>
public static class SpeedRatioValidator
{
    public static ValidationOutcome Validate(RunKey key, BaselineEntry entry, RatioMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(measurement);
        if (entry.Throughput?.SpeedRatio is not { } figure
            || !string.Equals(entry.Throughput.SpeedRatioReference, measurement.Ratio.Reference, StringComparison.OrdinalIgnoreCase))
        {
            return ValidationOutcome.Empty;
        }

        var promise = measurement.Ratio.PromisesSpeedUp ? BrokenPromise(key, measurement) : null;
        var measured = measurement.Median;
        if (figure.Passes(measured, FigureDirection.HigherIsBetter))
        {
            return new ValidationOutcome(promise is null ? [] : [promise], []) { Checked = measurement.Ratio.PromisesSpeedUp ? 2 : 1 };
        }

        var floor = figure.Limit(FigureDirection.HigherIsBetter);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{key}: speed relative to {measurement.Ratio.Reference} ({measurement.Ratio.Guards}) measured {measured:0.000}, {(measured / figure.Recorded) - 1:+0.0%;-0.0%} against the recorded {figure.Recorded:0.000} and below the floor {floor:0.000}. "
            + $"This run: median of {measurement.Groups.Count} groups, {measurement.Groups.Min():0.000}–{measurement.Groups.Max():0.000}. "
            + $"The floor allows {figure.Tolerance:0.0%}: {SpeedRatioProposer.RangeMultiplier} × the {figure.RelativeSpread:0.0%} spread of {figure.Repeats} recorded medians (at least 5%).");
        return new ValidationOutcome(
            [
                .. promise is null ? Array.Empty<Violation>() : [promise],
                new Violation
                {
                    Key = key,
                    Figure = "speed ratio",
                    Measured = measured,
                    Limit = floor,
                    Recorded = figure.Recorded,
                    Tolerance = figure.Tolerance,
                    Message = message,
                    HowToApprove = "Find the change that slowed this strategy relative to its reference (`l2v bench` shows every ratio). "
                        + "If the slowdown is intended, record the ratios again over several sessions (scripts/record-cpu-baselines.sh) and have a person approve them.",
                },
            ],
            []) { Checked = measurement.Ratio.PromisesSpeedUp ? 2 : 1 };
    }

    /// <summary>A violation when this run cannot show the strategy faster than its reference; null when it can.</summary>
    private static Violation? BrokenPromise(RunKey key, RatioMeasurement measurement)
    {
        var bound = measurement.MedianLowerBound;
        if (bound > 1)
        {
            return null;
        }

        var sorted = measurement.Groups.Order().ToArray();
        var groups = string.Join(" ", sorted.Select(g => g.ToString("0.000", CultureInfo.InvariantCulture)));
        var shown = string.Create(CultureInfo.InvariantCulture, $"the lower 95% bound of the median over {sorted.Length} groups is {bound:0.000}, not above 1");
        return new Violation
        {
            Key = key,
            Figure = "speed-up",
            Measured = bound,
            Limit = 1,
            Message = $"{key}: no longer faster than {measurement.Ratio.Reference} ({measurement.Ratio.Guards}): {shown} (groups {groups}). "
                + "The strategy exists to be faster than its reference; a ratio near 1 means what it promises (its weights, kernels or batching) is not in effect.",
            HowToApprove = "Nothing to approve: find why the strategy lost its advantage (`l2v bench` shows every ratio and its groups; `l2v run` prints the configuration llama.cpp used).",
        };
    }
}
