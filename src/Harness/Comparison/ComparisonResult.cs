using System.Text;

namespace Llama2Validation.Harness.Comparison;

/// <summary>
/// A comparison's outcome: every run in the order it ran, each figure judged from the pairs, and the
/// outputs against the base. A side that cannot run the request is a failure with its reason, never a pass.
/// </summary>
public sealed record ComparisonResult
{
    public required string Strategy { get; init; }

    public required IReadOnlyList<SideFigures> Runs { get; init; }

    public IReadOnlyList<PairedRatio> Figures { get; init; } = [];

    public OutputAgreement? Outputs { get; init; }

    /// <summary>Why the comparison could not be made (a side failed to run); null when both ran every time.</summary>
    public string? Failure { get; init; }

    /// <summary>Pass only when both sides ran, every judged figure passed and the outputs are identical.</summary>
    public bool Passed => Failure is null && Outputs is { Identical: true } && Figures.Count > 0
        && Figures.Where(f => ComparisonFigures.Judged.Contains(f.Figure)).All(f => f.Verdict == ComparisonVerdict.Pass);

    /// <summary>Speed alone: every judged figure passed (outputs aside), for a change whose new outputs a person approved.</summary>
    public bool SpeedPassed => Failure is null && Figures.Count > 0
        && Figures.Where(f => ComparisonFigures.Judged.Contains(f.Figure)).All(f => f.Verdict == ComparisonVerdict.Pass);

    public string Describe()
    {
        var text = new StringBuilder();
        text.AppendLine($"{Strategy}: head against base, {Runs.Count} runs (ABBA…)");
        if (Failure is not null)
        {
            text.AppendLine($"NOT COMPARED: {Failure}");
        }

        foreach (var figure in Figures)
        {
            text.AppendLine((ComparisonFigures.Judged.Contains(figure.Figure) ? "  " : "  (reported) ") + figure);
        }

        if (Outputs is not null)
        {
            text.AppendLine("  " + Outputs);
        }

        return text.ToString().TrimEnd();
    }
}
