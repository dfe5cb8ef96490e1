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

        ApprovedBaselines.Checker.Check(run, await SuiteRuns.RunAllAsync(target, token), CheckAspects.Quality).Judge(decision);
    }
}
