using System.Globalization;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Proposals;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>A measured speed ratio against its floor: recorded × (1 − tolerance), the tolerance from the recordings' noise.</summary>
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

        var measured = measurement.Median;
        if (figure.Passes(measured, FigureDirection.HigherIsBetter))
        {
            return ValidationOutcome.Empty with { Checked = 1 };
        }

        var floor = figure.Limit(FigureDirection.HigherIsBetter);
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{key}: speed relative to {measurement.Ratio.Reference} ({measurement.Ratio.Guards}) measured {measured:0.000}, {(measured / figure.Recorded) - 1:+0.0%;-0.0%} against the recorded {figure.Recorded:0.000} and below the floor {floor:0.000}. "
            + $"This run: median of {measurement.Groups.Count} groups, {measurement.Groups.Min():0.000}–{measurement.Groups.Max():0.000}. "
            + $"The floor allows {figure.Tolerance:0.0%}: {SpeedRatioProposer.RangeMultiplier} × the {figure.RelativeSpread:0.0%} spread of {figure.Repeats} recorded medians (at least 5%).");
        return new ValidationOutcome(
            [
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
            []) { Checked = 1 };
    }
}
