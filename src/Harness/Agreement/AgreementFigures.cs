using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// A strategy's agreement with the F16 reference over every stored position of every document, as
/// llama.cpp's <c>llama-perplexity --kl-divergence</c> reports it: mean and 99th-percentile KL divergence
/// (nats) and the share of positions whose top token is the reference's; beside them how many documents'
/// free-running greedy output would leave the reference's, and the median position where they do.
/// </summary>
public sealed record AgreementFigures
{
    public required string Strategy { get; init; }

    public required int Documents { get; init; }

    public required int Positions { get; init; }

    public required double MeanKl { get; init; }

    public required double P99Kl { get; init; }

    public required double MaxKl { get; init; }

    /// <summary>Share of positions where the strategy's greedy pick is the reference's, in [0, 1].</summary>
    public required double Top1 { get; init; }

    public required int DivergedDocuments { get; init; }

    /// <summary>Median first divergence of the documents that diverge; null when none does.</summary>
    public double? MedianFirstDivergence { get; init; }

    /// <summary>What a run keeps of these figures, for reports to show beside ROUGE-1.</summary>
    public RunAgreement ToRun() => new() { Documents = Documents, Positions = Positions, MeanKl = MeanKl, P99Kl = P99Kl, Top1 = Top1 };

    public static AgreementFigures From(string strategy, IReadOnlyList<DocumentAgreement> documents)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var kl = documents.SelectMany(d => d.KlDivergence).ToList();
        if (kl.Count == 0)
        {
            throw new ArgumentException("no positions to summarise", nameof(documents));
        }

        var firsts = documents.Where(d => d.FirstDivergence is not null).Select(d => (double)d.FirstDivergence!.Value).ToList();
        return new AgreementFigures
        {
            Strategy = strategy,
            Documents = documents.Count,
            Positions = kl.Count,
            MeanKl = Math.Round(kl.Average(), 8),
            P99Kl = Math.Round(Percentile.Of(kl, 99), 8),
            MaxKl = Math.Round(kl.Max(), 8),
            Top1 = Math.Round((double)documents.Sum(d => d.Agreements) / kl.Count, 6),
            DivergedDocuments = firsts.Count,
            MedianFirstDivergence = firsts.Count == 0 ? null : Percentile.Of(firsts, 50),
        };
    }
}
