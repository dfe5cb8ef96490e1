using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// rouge_score's BootstrapAggregator: resample the documents with replacement <see cref="Samples"/> times,
/// take each resample's mean, and report the percentiles of those means per measure. Draws come in
/// rouge_score's order (one index per document, per resample, per ROUGE type in rouge1, rouge2, rougeL
/// order), so a seeded run equals Python's after <c>np.random.seed(seed)</c>.
/// </summary>
public sealed class BootstrapAggregator
{
    public const int DefaultSamples = 1000;

    public const double DefaultConfidenceInterval = 0.95;

    public BootstrapAggregator(int samples = DefaultSamples, double confidenceInterval = DefaultConfidenceInterval)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(samples, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(confidenceInterval, 0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(confidenceInterval, 1);
        Samples = samples;
        ConfidenceInterval = confidenceInterval;
    }

    public int Samples { get; }

    public double ConfidenceInterval { get; }

    public RougeAggregates Aggregate(IReadOnlyList<RougeScores> documents, uint seed)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var random = new NumpyRandomState(seed);
        var rouge1 = Aggregate(Select(documents, d => d.Rouge1), random);
        var rouge2 = Aggregate(Select(documents, d => d.Rouge2), random);
        var rougeL = Aggregate(Select(documents, d => d.RougeL), random);
        return new RougeAggregates(rouge1, rouge2, rougeL, seed, Samples);
    }

    /// <summary>Aggregates one ROUGE type, drawing from <paramref name="random"/>.</summary>
    public RougeAggregate Aggregate(IReadOnlyList<RougeScore> scores, NumpyRandomState random)
    {
        ArgumentNullException.ThrowIfNull(scores);
        ArgumentNullException.ThrowIfNull(random);
        if (scores.Count == 0)
        {
            throw new ArgumentException("Aggregating needs at least one document's scores.", nameof(scores));
        }

        var count = scores.Count;
        var precision = new double[count];
        var recall = new double[count];
        var f1 = new double[count];
        for (var i = 0; i < count; i++)
        {
            (precision[i], recall[i], f1[i]) = scores[i];
        }

        var precisions = new double[Samples];
        var recalls = new double[Samples];
        var f1s = new double[Samples];
        var drawn = new int[count];
        for (var sample = 0; sample < Samples; sample++)
        {
            random.FillIndices(drawn, count);

            // Summed in draw order, as numpy's mean over axis 0 accumulates row by row.
            double precisionSum = 0, recallSum = 0, f1Sum = 0;
            foreach (var index in drawn)
            {
                precisionSum += precision[index];
                recallSum += recall[index];
                f1Sum += f1[index];
            }

            precisions[sample] = precisionSum / count;
            recalls[sample] = recallSum / count;
            f1s[sample] = f1Sum / count;
        }

        Array.Sort(precisions);
        Array.Sort(recalls);
        Array.Sort(f1s);

        // The same arithmetic as rouge_score: q = 100 * [delta, 0.5, 1 - delta].
        var delta = (1 - ConfidenceInterval) / 2;
        return new RougeAggregate(
            At(precisions, recalls, f1s, 100 * delta),
            At(precisions, recalls, f1s, 100 * 0.5),
            At(precisions, recalls, f1s, 100 * (1 - delta)),
            PlainMean(scores));
    }

    private static RougeScore At(double[] precisions, double[] recalls, double[] f1s, double percent) =>
        new(Percentile.OfSorted(precisions, percent), Percentile.OfSorted(recalls, percent), Percentile.OfSorted(f1s, percent));

    private static RougeScore PlainMean(IReadOnlyList<RougeScore> scores)
    {
        double precision = 0, recall = 0, f1 = 0;
        foreach (var score in scores)
        {
            precision += score.Precision;
            recall += score.Recall;
            f1 += score.F1;
        }

        return new RougeScore(precision / scores.Count, recall / scores.Count, f1 / scores.Count);
    }

    private static RougeScore[] Select(IReadOnlyList<RougeScores> documents, Func<RougeScores, RougeScore> pick)
    {
        var scores = new RougeScore[documents.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = pick(documents[i]);
        }

        return scores;
    }
}
