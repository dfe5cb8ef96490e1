using Llama2Validation.Harness.Metrics;

namespace Llama2Validation.Tests.Correctness.Metrics;

public sealed class BootstrapAggregatorTests
{
    [Fact]
    public void Aggregate_DrawsAsNumpyChoiceDoes()
    {
        // Seed 0 draws for 3 documents (mask 3, values above 2 rejected): outputs & 3 are
        // 0, 3×, 1, 0, 3×, 3×, 3×, 3×, 1, 3×, 1, 2 -> indices 0 1 0 | 1 1 2.
        // Resample means: (0 + 0.3 + 0)/3 = 0.1 and (0.3 + 0.3 + 0.9)/3 = 0.5.
        // Percentiles of [0.1, 0.5]: 2.5th at index 0.025 -> 0.11; median 0.3; 97.5th at 0.975 -> 0.49.
        var scores = new[] { Uniform(0), Uniform(0.3), Uniform(0.9) };
        var aggregate = new BootstrapAggregator(samples: 2).Aggregate(scores, new NumpyRandomState(0));

        aggregate.Low.F1.Should().BeApproximately(0.11, 1e-15);
        aggregate.Mid.F1.Should().BeApproximately(0.3, 1e-15);
        aggregate.High.F1.Should().BeApproximately(0.49, 1e-15);
        aggregate.Mean.F1.Should().BeApproximately(0.4, 1e-15);
    }

    [Fact]
    public void Aggregate_TakesPercentilesPerMeasure()
    {
        // Precision rises where recall falls, so each measure's percentiles come from different resamples.
        var scores = new[] { new RougeScore(0, 1, 0.5), new RougeScore(1, 0, 0.5) };
        var aggregate = new BootstrapAggregator().Aggregate(scores, new NumpyRandomState(3));

        aggregate.Low.Precision.Should().BeLessThan(0.5);
        aggregate.Low.Recall.Should().BeLessThan(0.5);
        aggregate.High.Precision.Should().BeGreaterThan(0.5);
        aggregate.Low.F1.Should().Be(0.5);
        aggregate.High.F1.Should().Be(0.5);
    }

    [Fact]
    public void Aggregate_SameSeed_SameResult()
    {
        var documents = Documents(50);
        var aggregator = new BootstrapAggregator();

        aggregator.Aggregate(documents, 1234).Should().Be(aggregator.Aggregate(documents, 1234));
        aggregator.Aggregate(documents, 1234).Rouge1.Mid.Should().NotBe(aggregator.Aggregate(documents, 1235).Rouge1.Mid);
    }

    [Fact]
    public void Aggregate_MidLiesWithinTheIntervalAndNearTheMean()
    {
        var aggregates = new BootstrapAggregator().Aggregate(Documents(100), 42);

        foreach (var aggregate in new[] { aggregates.Rouge1, aggregates.Rouge2, aggregates.RougeL })
        {
            aggregate.Mid.F1.Should().BeInRange(aggregate.Low.F1, aggregate.High.F1);
            aggregate.Mid.Precision.Should().BeInRange(aggregate.Low.Precision, aggregate.High.Precision);
            aggregate.Low.F1.Should().BeLessThan(aggregate.High.F1);
            aggregate.Mid.F1.Should().BeApproximately(aggregate.Mean.F1, 0.01);
        }

        aggregates.Seed.Should().Be(42u);
        aggregates.Samples.Should().Be(BootstrapAggregator.DefaultSamples);
    }

    [Fact]
    public void Aggregate_OneDocument_IsThatDocumentEverywhere()
    {
        var score = new RougeScore(0.25, 0.5, 1.0 / 3);
        var aggregate = new BootstrapAggregator().Aggregate([score], new NumpyRandomState(0));

        aggregate.Should().Be(new RougeAggregate(score, score, score, score));
    }

    [Fact]
    public void Aggregate_NoDocuments_Throws() =>
        FluentActions.Invoking(() => new BootstrapAggregator().Aggregate(Array.Empty<RougeScore>(), new NumpyRandomState(0)))
            .Should().Throw<ArgumentException>();

    private static RougeScore Uniform(double value) => new(value, value, value);

    /// <summary>Scores spread over [0, 1) deterministically, different per ROUGE type.</summary>
    private static RougeScores[] Documents(int count) =>
        Enumerable.Range(0, count)
            .Select(i => new RougeScores(Uniform(i * 37 % count / (double)count), Uniform(i * 11 % count / (double)count / 2), Uniform(i * 53 % count / (double)count)))
            .ToArray();
}
