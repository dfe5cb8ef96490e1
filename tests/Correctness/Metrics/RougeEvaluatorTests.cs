using Llama2Validation.Harness.Metrics;

namespace Llama2Validation.Tests.Correctness.Metrics;

public sealed class RougeEvaluatorTests
{
    [Fact]
    public void Evaluate_ScoresEveryDocumentInOrderAndAggregates()
    {
        var set = new ScoringSet("sample", [
            new ScoringPair("same", "the cat sat", "the cat sat"),
            new ScoringPair("half", "a b c d", "a b"),
            new ScoringPair("none", "x y", "z"),
        ]);

        var evaluation = new RougeEvaluator().Evaluate(set, seed: 5);

        evaluation.Name.Should().Be("sample");
        evaluation.Stemmed.Should().BeFalse();
        evaluation.Documents.Select(d => d.Id).Should().Equal("same", "half", "none");
        evaluation.Documents.Select(d => d.Rouge1.Recall).Should().Equal(1, 0.5, 0);

        // Mean F1 of 1, 2/3 (P 1, R 1/2) and 0.
        evaluation.Aggregate!.Rouge1.Mean.F1.Should().BeApproximately((1 + (2.0 / 3)) / 3, 1e-15);
        evaluation.Aggregate.Seed.Should().Be(5u);
    }

    [Fact]
    public void Evaluate_MatchesScoringThenAggregatingSeparately()
    {
        var pairs = Enumerable.Range(0, 20)
            .Select(i => new ScoringPair($"d{i}", $"word{i % 3} shared text {i}", $"shared word{i % 5} text"))
            .ToArray();

        var evaluation = new RougeEvaluator(useStemmer: true).Evaluate(new ScoringSet("s", pairs), seed: 9);

        var scorer = new RougeScorer(useStemmer: true);
        var scores = pairs.Select(p => scorer.Score(p.Reference, p.Prediction)).ToArray();
        evaluation.Aggregate.Should().Be(new BootstrapAggregator().Aggregate(scores, 9));
        evaluation.Stemmed.Should().BeTrue();
    }

    [Fact]
    public void Evaluate_NoDocuments_HasNoAggregate()
    {
        var evaluation = new RougeEvaluator().Evaluate(new ScoringSet("empty", [], SkippedDocuments: 4), seed: 1);

        evaluation.Documents.Should().BeEmpty();
        evaluation.Aggregate.Should().BeNull();
        evaluation.SkippedDocuments.Should().Be(4);
    }
}
