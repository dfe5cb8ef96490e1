using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.Baselines;

public sealed class ThroughputValidatorTests
{
    // Recorded 2.0 docs/s with a 10% tolerance: the floor is 1.8 docs/s.
    private static readonly BaselineEntry Entry = TestBaselines.Entry(docsPerSecond: 2.0);

    [Theory]
    [InlineData(2.0)]
    [InlineData(1.85)]
    [InlineData(2.6)]
    public void AMeasurementWithinNoiseOrFaster_Passes(double docsPerSecond)
    {
        var outcome = ThroughputValidator.Validate(TestRuns.Run(docsPerSecond: docsPerSecond), Entry);

        outcome.Passed.Should().BeTrue();
        outcome.Checked.Should().Be(3);
    }

    [Fact]
    public void ADeliberatelyLoweredMeasurement_FailsWithEveryFigureNamed()
    {
        var outcome = ThroughputValidator.Validate(TestRuns.Run(docsPerSecond: 1.5), Entry);

        var violation = outcome.Violations.Should().ContainSingle().Subject;
        violation.Figure.Should().Be(FigureNames.DocsPerSecond);
        violation.Measured.Should().Be(1.5);
        violation.Limit.Should().BeApproximately(1.8, 1e-9);
        violation.Recorded.Should().Be(2.0);
        violation.Tolerance.Should().Be(0.10);
        violation.Message.Should().Contain("docs/s measured 1.5").And.Contain("below the floor 1.8").And.Contain("tolerance 10.0%").And.Contain("recorded 2");
        violation.HowToApprove.Should().Contain("l2v approve --kind baseline --class CPU --strategy batched")
            .And.Contain("several runs").And.Contain("do not approve the figures of this one run");
    }

    [Fact]
    public void TimeToFirstToken_IsACeiling()
    {
        var slow = ThroughputValidator.Validate(TestRuns.Run(timeToFirstTokenP90: 0.6), Entry);
        var fast = ThroughputValidator.Validate(TestRuns.Run(timeToFirstTokenP90: 0.2), Entry);

        slow.Violations.Should().ContainSingle().Which.Message.Should().Contain("above the ceiling 0.55");
        fast.Passed.Should().BeTrue();
    }

    [Fact]
    public void ARunThatDidNotComplete_IsNotJudgedOnSpeed()
    {
        var outcome = ThroughputValidator.Validate(TestRuns.Run(docsPerSecond: 0, outcome: RunOutcome.OutOfMemory), Entry);

        outcome.Violations.Should().BeEmpty();
        outcome.Skipped.Should().ContainSingle().Which.Reason.Should().Contain("out-of-memory");
    }

    [Theory]
    [InlineData(0.0, 3, NoiseModel.MinimumTolerance)]
    [InlineData(0.01, 5, NoiseModel.MinimumTolerance)]
    [InlineData(0.04, 3, 0.12)]
    [InlineData(0.30, 3, NoiseModel.MaximumTolerance)]
    [InlineData(0.0, 1, NoiseModel.UnmeasuredTolerance)]
    public void Tolerance_FollowsTheNoiseModel(double spread, int repeats, double expected) =>
        NoiseModel.Tolerance(spread, repeats).Should().BeApproximately(expected, 1e-12);

    /// <summary>
    /// Six runs from two H200s (W100 docs/s 15.28–15.81 on one, 14.12–14.58 on the other): their range is
    /// 11.3% of the median. Tripled, as for three runs, the floor sat 34% under the median, where regression
    /// (a), the batched case at a quarter of its slots (−30%), passed it.
    /// </summary>
    [Fact]
    public void MoreRepeats_OfTheSameNoise_DoNotWidenTheTolerance()
    {
        NoiseModel.SpreadMultiplierFor(3).Should().Be(NoiseModel.SpreadMultiplier);
        NoiseModel.Tolerance(0.1126, 6).Should().BeApproximately(0.1126 * 3 * 1.693 / 2.534, 1e-12);
        NoiseModel.Tolerance(0.10, 40).Should().BeApproximately(0.10 * 3 * 1.693 / 3.931, 1e-12);
    }

    [Fact]
    public void AFigure_IsTheMedianOfRepeats_WithTheirRelativeSpread()
    {
        var figure = NoiseModel.Figure([1.9, 2.0, 2.1]);

        figure.Recorded.Should().Be(2.0);
        figure.RelativeSpread.Should().BeApproximately(0.1, 1e-12);
        figure.Repeats.Should().Be(3);
        figure.Tolerance.Should().BeApproximately(0.3, 1e-12);
    }
}
