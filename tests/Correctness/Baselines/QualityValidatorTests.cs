using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;

namespace Llama2Validation.Tests.Correctness.Baselines;

public sealed class QualityValidatorTests
{
    private static readonly BaselineEntry EightBit = TestBaselines.Entry(
        strategy: "8-bit",
        model: "sha256-" + new string('a', 64),
        synthetic: false,
        quality: new QualityFloors { Rouge1Recorded = 0.267, Rouge1Minimum = 0.25, Rouge1RelativeToDefaultMinimum = 0.93 });

    private static readonly Harness.Measurement.RunResult DefaultRun = TestRuns.Run(strategy: "default", synthetic: false, profile: null, rouge1: 0.2804);

    [Fact]
    public void KeepingEnoughOfDefaultsRouge_Passes()
    {
        // The seed's own 8-bit run kept 95.1% of default's ROUGE-1.
        var outcome = QualityValidator.Validate(Real8Bit(0.2667), EightBit, DefaultRun);

        outcome.Passed.Should().BeTrue();
        outcome.Checked.Should().Be(2);
    }

    [Fact]
    public void FallingBelowTheRelativeFloor_Fails()
    {
        // 0.255 is above the absolute floor (0.25) but only 90.9% of default's 0.2804.
        var outcome = QualityValidator.Validate(Real8Bit(0.255), EightBit, DefaultRun);

        var violation = outcome.Violations.Should().ContainSingle().Subject;
        violation.Figure.Should().Be(FigureNames.Rouge1RelativeToDefault);
        violation.Measured.Should().BeApproximately(0.255 / 0.2804, 1e-12);
        violation.Limit.Should().Be(0.93);
        violation.Message.Should().Contain("90.9% of default's 0.2804").And.Contain("floor of 93.0%");
        violation.HowToApprove.Should().Contain("rouge1RelativeToDefaultMinimum");
    }

    [Fact]
    public void FallingBelowTheAbsoluteFloor_Fails()
    {
        var outcome = QualityValidator.Validate(Real8Bit(0.24), EightBit, null);

        outcome.Violations.Should().ContainSingle().Which.Message.Should().Contain("measured 0.2400, below the floor 0.2500");
        outcome.Skipped.Should().ContainSingle().Which.Reason.Should().Contain("no 'default' run");
    }

    [Fact]
    public void SyntheticWeights_AreNeverJudgedOnQuality()
    {
        var synthetic = TestRuns.Run(strategy: "8-bit", synthetic: true, rouge1: 0.01);

        var outcome = QualityValidator.Validate(synthetic, EightBit, DefaultRun);

        outcome.Violations.Should().BeEmpty();
        outcome.Skipped.Should().ContainSingle().Which.Reason.Should().Be(QualityValidator.SyntheticReason);
    }

    [Theory]
    [InlineData("default", Harness.Strategies.WeightType.F16, null)]
    [InlineData("flash-attn", Harness.Strategies.WeightType.F16, 0.97)]
    [InlineData("8-bit", Harness.Strategies.WeightType.Q8_0, 0.93)]
    [InlineData("4-bit", Harness.Strategies.WeightType.Q4_0, 0.92)]
    public void DefaultRelativeFloors_SitBelowWhatTheSeedKept(string strategy, Harness.Strategies.WeightType weights, double? expected) =>
        QualityDefaults.RelativeFloor(strategy, weights).Should().Be(expected);

    private static Harness.Measurement.RunResult Real8Bit(double rouge) => TestRuns.Run(strategy: "8-bit", synthetic: false, profile: null, rouge1: rouge);
}
