using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Quality;

/// <summary>
/// ROUGE-1 floors per class × strategy × model: absolute, and relative to the f16 default strategy of
/// the same invocation (MLPerf-style). Synthetic-weight models are excluded by design: random weights
/// carry speed and memory, not quality.
/// </summary>
public sealed class RougeFloorTheories
{
    [Theory]
    [MemberData(nameof(MatrixRows.InProcess), MemberType = typeof(MatrixRows))]
    public async Task Rouge1_MeetsTheApprovedFloors(MatrixCase matrixCase)
    {
        var decision = ApprovedBaselines.Gate.RunsHere(matrixCase);
        var token = TestContext.Current.CancellationToken;
        var target = matrixCase.Case.Target;
        var run = await SuiteRuns.RunAsync(target, matrixCase.Case.Strategy, token);
        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);

        // The relative floor compares with the other strategies of the invocation, so they run too; synthetic
        // weights are never judged on quality, and running them all only to skip would make a filtered gate
        // run (one strategy, say on a regressed engine) wait for every other strategy.
        var invocation = run.Metadata.ModelSynthetic ? [run] : await SuiteRuns.RunAllAsync(target, token);
        ApprovedBaselines.Checker.Check(run, invocation, CheckAspects.Quality).Judge(decision);
    }
}
