namespace Llama2Validation.Harness.Agreement;

/// <summary>One strategy teacher-forced through one reference document: KL and top-1 agreement per position.</summary>
public sealed record DocumentAgreement
{
    public required string Id { get; init; }

    public required IReadOnlyList<double> KlDivergence { get; init; }

    /// <summary>The strategy's own greedy pick at each position (fed the reference's tokens before it).</summary>
    public required IReadOnlyList<int> StrategyTop { get; init; }

    /// <summary>Positions where the strategy's pick is the reference's.</summary>
    public required int Agreements { get; init; }

    /// <summary>
    /// The first position where the strategy's pick differs from the reference's, or null where none does.
    /// Up to it the strategy was fed exactly what it would have generated itself, so this is where its
    /// free-running greedy output leaves the reference's.
    /// </summary>
    public int? FirstDivergence { get; init; }

    public static DocumentAgreement From(string id, IReadOnlyList<PositionAgreement> positions)
    {
        ArgumentNullException.ThrowIfNull(positions);
        var first = positions.Select((p, i) => (p, i)).FirstOrDefault(x => !x.p.TopAgrees);
        return new DocumentAgreement
        {
            Id = id,
            KlDivergence = [.. positions.Select(p => p.KlDivergence)],
            StrategyTop = [.. positions.Select(p => p.StrategyTop)],
            Agreements = positions.Count(p => p.TopAgrees),
            FirstDivergence = positions.Any(p => !p.TopAgrees) ? first.i : null,
        };
    }
}
