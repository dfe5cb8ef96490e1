namespace Llama2Validation.Harness.Metrics;

/// <summary>
/// Scores a set of documents and aggregates them, as <c>evaluate.load("rouge").compute(...)</c> with
/// rouge_types rouge1, rouge2, rougeL and the bootstrap aggregator. Not thread-safe (it reuses one scorer).
/// </summary>
public sealed class RougeEvaluator
{
    private readonly RougeScorer scorer;
    private readonly BootstrapAggregator aggregator;

    public RougeEvaluator(bool useStemmer = false, BootstrapAggregator? aggregator = null)
    {
        scorer = new RougeScorer(useStemmer);
        this.aggregator = aggregator ?? new BootstrapAggregator();
    }

    public RougeEvaluation Evaluate(ScoringSet set, uint seed)
    {
        ArgumentNullException.ThrowIfNull(set);
        var documents = new DocumentRouge[set.Pairs.Count];
        var scores = new RougeScores[set.Pairs.Count];
        for (var i = 0; i < documents.Length; i++)
        {
            var pair = set.Pairs[i];
            var score = scorer.Score(pair.Reference, pair.Prediction);
            scores[i] = score;
            documents[i] = new DocumentRouge(pair.Id, score.Rouge1, score.Rouge2, score.RougeL);
        }

        var aggregate = scores.Length == 0 ? null : aggregator.Aggregate(scores, seed);
        return new RougeEvaluation(set.Name, scorer.UsesStemmer, set.SkippedDocuments, documents, aggregate);
    }
}
