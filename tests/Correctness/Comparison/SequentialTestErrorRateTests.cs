using Llama2Validation.Harness.Comparison;

namespace Llama2Validation.Tests.Correctness.Comparison;

/// <summary>
/// The decision rule's error rates, simulated the way the runner uses it (a look after every pair, up to the
/// most pairs) on normal log ratios with the per-pair spreads measured on CI's machine: 0.03 quiet, 0.06 with
/// a busy neighbour. Seeded, so each run sees the same draws. (At 0.09, two busy loops and a build beside
/// it, the same simulation ends 5–7% of A/As and 15% of 5% slowdowns inconclusive at 48 pairs: a declared
/// runner then fails and says how many pairs would decide.)
/// </summary>
public sealed class SequentialTestErrorRateTests
{
    private const int Trials = 2000;

    [Theory]
    [InlineData(0.03)]
    [InlineData(0.06)]
    public void No_change_is_called_regressed_in_under_two_percent_of_tries(double spread)
    {
        var outcome = Simulate(trueSlowdown: 0, spread, seed: 1);

        // α is 0.5% per figure for a known spread; estimating it from 8 pairs and more costs about as much again.
        outcome.Regressed.Should().BeLessThan(0.02, "{0}", outcome);
        outcome.Passed.Should().BeGreaterThan(0.97, "an A/A must almost always pass; {0}", outcome);
    }

    [Theory]
    [InlineData(0.03)]
    [InlineData(0.06)]
    public void A_five_percent_slowdown_is_caught_in_at_least_ninety_percent_of_tries(double spread)
    {
        var outcome = Simulate(trueSlowdown: 0.05, spread, seed: 2);

        outcome.Regressed.Should().BeGreaterThan(0.90, "β is 5% at exactly δ; {0}", outcome);
    }

    [Fact]
    public void A_ten_percent_slowdown_is_caught_within_a_few_pairs_on_a_quiet_machine()
    {
        var outcome = Simulate(trueSlowdown: 0.10, spread: 0.03, seed: 3);

        outcome.Regressed.Should().BeGreaterThan(0.999, "{0}", outcome);
        outcome.MeanPairs.Should().BeLessThan(10, "{0}", outcome);
    }

    private static Outcome Simulate(double trueSlowdown, double spread, int seed)
    {
        var test = new SequentialTest();
        var random = new Random(seed);
        int regressed = 0, passed = 0;
        long pairsRun = 0;
        for (var trial = 0; trial < Trials; trial++)
        {
            var logRatios = new List<double>();
            var verdict = ComparisonVerdict.Inconclusive;
            while (verdict == ComparisonVerdict.Inconclusive && logRatios.Count < ComparisonDefaults.CpuMaximumPairs)
            {
                logRatios.Add(Math.Log(1 - trueSlowdown) + (spread * Normal(random)));
                verdict = test.Decide(logRatios, ComparisonDefaults.CpuDelta);
            }

            pairsRun += logRatios.Count;
            regressed += verdict == ComparisonVerdict.Regressed ? 1 : 0;
            passed += verdict == ComparisonVerdict.Pass ? 1 : 0;
        }

        return new Outcome((double)regressed / Trials, (double)passed / Trials, (double)pairsRun / Trials);
    }

    private static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private sealed record Outcome(double Regressed, double Passed, double MeanPairs);
}
