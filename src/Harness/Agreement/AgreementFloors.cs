namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// One strategy's approved agreement floors against the stored reference
/// (<c>baselines/&lt;class&gt;/agreement/&lt;strategy&gt;.&lt;model&gt;.verified.json</c>): the figures measured
/// when they were proposed, and the limits a run must stay within.
/// </summary>
public sealed record AgreementFloors
{
    public required string Strategy { get; init; }

    /// <summary>The reference model file these floors were measured against.</summary>
    public required string ReferenceSha256 { get; init; }

    public required AgreementFigures Recorded { get; init; }

    /// <summary>Largest mean KL divergence (nats per position) allowed.</summary>
    public required double MeanKlMaximum { get; init; }

    /// <summary>Largest 99th-percentile KL divergence allowed.</summary>
    public required double P99KlMaximum { get; init; }

    /// <summary>Smallest share of positions whose top token is the reference's.</summary>
    public required double Top1Minimum { get; init; }

    /// <summary>How the limits were derived from <see cref="Recorded"/>, for the person who approves them.</summary>
    public string? Rule { get; init; }
}
