using System.Globalization;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>
/// Compares a run's speed figures with its verified floors. A figure fails only when it is worse than
/// recorded × (1 ∓ tolerance), the tolerance having been derived from the baseline's measured noise.
/// </summary>
public static class ThroughputValidator
{
    public static ValidationOutcome Validate(RunResult run, BaselineEntry entry)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(entry);
        var key = RunKey.Of(run);
        if (entry.Throughput is not { } floors)
        {
            return new ValidationOutcome([], [new SkippedCheck("throughput", "the baseline records no throughput floors")]);
        }

        if (run.Outcome != RunOutcome.Completed)
        {
            return new ValidationOutcome([], [new SkippedCheck("throughput", $"the run did not complete ({EnumText.Of(run.Outcome)}); the run outcome is judged on its own")]);
        }

        var figures = new List<(string Name, MeasuredFigure? Figure, double Measured, FigureDirection Direction)>
        {
            (FigureNames.DocsPerSecond, floors.DocsPerSecond, run.DocsPerSecond, FigureDirection.HigherIsBetter),
            (FigureNames.DecodeTokensPerSecond, floors.DecodeTokensPerSecond, run.DecodeTokensPerSecond, FigureDirection.HigherIsBetter),
            (FigureNames.TimeToFirstTokenP90, floors.TimeToFirstTokenP90Seconds, run.TimeToFirstTokenP90Seconds, FigureDirection.LowerIsBetter),
        };
        if (run.Serving is { } serving)
        {
            // Serving figures exist only for endpoint runs; an in-process run is not judged by them.
            figures.Add((FigureNames.OutputTokensPerSecond, floors.OutputTokensPerSecond, serving.OutputTokensPerSecond, FigureDirection.HigherIsBetter));
            figures.Add((FigureNames.TimeToFirstTokenP99, floors.TimeToFirstTokenP99Seconds, serving.TimeToFirstToken.P99, FigureDirection.LowerIsBetter));
            figures.Add((FigureNames.TimePerOutputTokenP90, floors.TimePerOutputTokenP90Seconds, serving.TimePerOutputToken.P90, FigureDirection.LowerIsBetter));
            figures.Add((FigureNames.TimePerOutputTokenP99, floors.TimePerOutputTokenP99Seconds, serving.TimePerOutputToken.P99, FigureDirection.LowerIsBetter));
        }

        var violations = new List<Violation>();
        var checkedCount = 0;
        foreach (var (name, figure, measured, direction) in figures.Where(f => f.Figure is not null))
        {
            checkedCount++;
            if (!figure!.Passes(measured, direction))
            {
                violations.Add(Describe(key, name, figure, measured, direction));
            }
        }

        return new ValidationOutcome(violations, []) { Checked = checkedCount };
    }

    private static Violation Describe(RunKey key, string name, MeasuredFigure figure, double measured, FigureDirection direction)
    {
        var limit = figure.Limit(direction);
        var (worse, bound) = direction == FigureDirection.HigherIsBetter ? ("below", "floor") : ("above", "ceiling");
        var change = figure.Recorded == 0 ? 0 : (measured / figure.Recorded) - 1;
        var message = string.Create(
            CultureInfo.InvariantCulture,
            $"{key}: {name} measured {measured:G4}, {worse} the {bound} {limit:G4} (recorded {figure.Recorded:G4}, tolerance {figure.Tolerance:0.0%} from a {figure.RelativeSpread:0.0%} spread over {figure.Repeats} run(s); change {change:+0.0%;-0.0%})");
        return new Violation
        {
            Key = key,
            Figure = name,
            Measured = measured,
            Limit = limit,
            Recorded = figure.Recorded,
            Tolerance = figure.Tolerance,
            Message = message,
            HowToApprove = ApprovalHint.ForThroughput(key),
        };
    }
}
