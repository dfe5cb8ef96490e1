namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// One target's agreement run: the reference it was measured against (the stored one, or the one just
/// recorded because none was stored or the stored one is not comparable) and every strategy's figures.
/// </summary>
public sealed record AgreementMeasurement
{
    public required string HardwareClass { get; init; }

    public required string Model { get; init; }

    public required AgreementReference Reference { get; init; }

    /// <summary>True when the reference was recorded by this run rather than read from the approved file.</summary>
    public required bool RecordedNow { get; init; }

    /// <summary>Why the stored reference could not be used, or null.</summary>
    public string? NotComparableReason { get; init; }

    public required IReadOnlyList<SideAgreement> Sides { get; init; }

    public AgreementFigures? FiguresOf(string strategy) =>
        Sides.FirstOrDefault(s => string.Equals(s.Strategy, strategy, StringComparison.OrdinalIgnoreCase)) is { Documents.Count: > 0 } side ? side.Figures : null;
}
