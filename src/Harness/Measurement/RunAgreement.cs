namespace Llama2Validation.Harness.Measurement;

/// <summary>
/// A run's strategy's agreement with the F16 reference, teacher-forced over the reference's stored
/// positions (src/Harness/Agreement measures it): the quality view that moves before ROUGE does, kept with
/// the run so reports show it beside ROUGE-1.
/// </summary>
public sealed record RunAgreement
{
    public required int Documents { get; init; }

    public required int Positions { get; init; }

    /// <summary>Mean KL divergence from the reference's next-token distribution, in nats.</summary>
    public required double MeanKl { get; init; }

    public required double P99Kl { get; init; }

    /// <summary>Share of positions whose top token is the reference's, in [0, 1].</summary>
    public required double Top1 { get; init; }
}
