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

    /// <summary>The figures the verdict rests on (<see cref="ComparisonFigures.JudgedAmong"/>).</summary>
    public IReadOnlyList<PairedRatio> Judged => [.. Figures.Where(f => ComparisonFigures.JudgedAmong(Figures.Select(g => g.Figure)).Contains(f.Figure))];

    /// <summary>Pass only when both sides ran, every judged figure passed and the outputs are identical.</summary>
    public bool Passed => SpeedPassed && Outputs is { Identical: true };

    /// <summary>Speed alone: every judged figure passed (outputs aside), for a change whose new outputs a person approved.</summary>
    public bool SpeedPassed => Failure is null && Judged.Count > 0 && Judged.All(f => f.Verdict == ComparisonVerdict.Pass);

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
            text.AppendLine((Judged.Contains(figure) ? "  " : "  (reported) ") + figure);
        }

        if (Outputs is not null)
        {
            text.AppendLine("  " + Outputs);
        }

        return text.ToString().TrimEnd();
    }
}
