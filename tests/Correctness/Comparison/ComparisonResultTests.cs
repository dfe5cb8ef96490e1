using Llama2Validation.Harness.Comparison;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.Comparison;

public sealed class ComparisonResultTests
{
    private static PairedRatio Figure(string name, double ratio) =>
        new() { Figure = name, Ratios = [.. Enumerable.Range(0, 8).Select(i => ratio * (i % 2 == 0 ? 1.001 : 0.999))], Delta = 0.03 };

    private static readonly OutputAgreement Same = new(2, [], []);

    [Fact]
    public void Own_core_speed_is_judged_where_both_sides_measured_it_and_plain_wall_time_is_only_reported()
    {
        var result = new ComparisonResult
        {
            Strategy = "default",
            Runs = [],
            Figures = [Figure(ComparisonFigures.OwnCore, 1.0), Figure(ComparisonFigures.DocsPerSecond, 0.8)],
            Outputs = Same,
        };

        result.Judged.Select(f => f.Figure).Should().Equal(ComparisonFigures.OwnCore);
        result.Passed.Should().BeTrue();
        result.Describe().Should().Contain("(reported) docs/s: head/base 0.800");
    }

    [Fact]
    public void Without_own_core_speed_wall_docs_per_second_and_decode_speed_are_judged()
    {
        var result = new ComparisonResult
        {
            Strategy = "default",
            Runs = [],
            Figures = [Figure(ComparisonFigures.DocsPerSecond, 1.0), Figure(ComparisonFigures.DecodeSpeed, 0.9)],
            Outputs = Same,
        };

        result.Judged.Should().HaveCount(2);
        result.Passed.Should().BeFalse();
    }

    [Fact]
    public void Different_outputs_fail_even_when_speed_passes()
    {
        var result = new ComparisonResult
        {
            Strategy = "default",
            Runs = [],
            Figures = [Figure(ComparisonFigures.OwnCore, 1.0)],
            Outputs = new OutputAgreement(2, [new DocumentDifference("a", 0, 3, 3)], []),
        };

        result.SpeedPassed.Should().BeTrue();
        result.Passed.Should().BeFalse();
    }

    [Fact]
    public void A_side_that_could_not_run_is_never_a_pass()
    {
        var result = new ComparisonResult { Strategy = "default", Runs = [], Failure = "the base build cannot run this request", Outputs = Same };

        result.Passed.Should().BeFalse();
        result.Describe().Should().Contain("NOT COMPARED: the base build cannot run this request");
    }

    [Fact]
    public void Own_core_speed_takes_the_run_queue_wait_out_of_the_wall_time()
    {
        var run = OutputAgreementTests.Run(("a", [1]), ("b", [2])) with
        {
            CompletedCount = 2,
            Engine = new GenerationTotals { GenerationSeconds = 2.0, GenerationRunQueueSeconds = 1.5 },
        };

        new SideFigures(ComparisonSide.Head, run).OwnCoreDocsPerSecond.Should().BeApproximately(4.0, 1e-9);
        new SideFigures(ComparisonSide.Head, run with { Engine = new GenerationTotals { GenerationSeconds = 2.0 } }).OwnCoreDocsPerSecond.Should().BeNull();
    }

    [Fact]
    public void A_pair_keeps_each_sides_fastest_run_because_a_neighbour_only_slows_one()
    {
        var run = OutputAgreementTests.Run(("a", [1]), ("b", [2])) with { CompletedCount = 2 };
        SideFigures Taking(double seconds, double queued) =>
            new(ComparisonSide.Base, run with { Engine = new GenerationTotals { GenerationSeconds = seconds, GenerationRunQueueSeconds = queued } });

        // Own-core docs/s: 2/(1.0-0.2) = 2.5, 2/(0.9-0.4) = 4.0 (slowest wall, least own time), 2/(0.8-0.1) = 2.86.
        var fastest = SideFigures.Fastest([Taking(1.0, 0.2), Taking(0.9, 0.4), Taking(0.8, 0.1)]);

        fastest.OwnCoreDocsPerSecond.Should().BeApproximately(4.0, 1e-9);
    }
}
