using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Performance;

/// <summary>
/// Speed per hardware class × strategy × model. On a GPU class: docs/s, decode tokens/s and the TTFT p90
/// ceiling against floors recorded on the same hardware and configuration. On the CPU class, where
/// absolute speed moves 2× between machines that look alike: each strategy's speed relative to its
/// reference, measured side by side in this invocation (see CpuSpeedRatios).
/// </summary>
public sealed class ThroughputTheories
{
    [Theory]
    [MemberData(nameof(MatrixRows.InProcess), MemberType = typeof(MatrixRows))]
    public async Task Throughput_MeetsTheApprovedFloors(MatrixCase matrixCase)
    {
        var decision = ApprovedBaselines.Gate.RunsHere(matrixCase);
        var target = matrixCase.Case.Target;
        if (target.RunsAnywhere)
        {
            var measurement = await SuiteRatios.ForAsync(matrixCase.Case.Strategy.Name);
            var key = new RunKey(RunKey.CanonicalClass(target.ToString()), matrixCase.Case.Strategy.Name, CpuSpeedRatios.ModelIdentity);
            TestContext.Current.SendDiagnosticMessage($"{key}: {measurement.Ratio} median {measurement.Median:0.000} over {measurement.Groups.Count} groups (spread {measurement.RelativeSpread:0.0%})");
            ApprovedBaselines.Checker.CheckSpeedRatio(key, measurement).Judge(decision);
            return;
        }

        var run = await SuiteRuns.RunAsync(target, matrixCase.Case.Strategy, TestContext.Current.CancellationToken);
        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);
        ApprovedBaselines.Checker.Check(run, [run], CheckAspects.Throughput).Judge(decision);
    }
}
