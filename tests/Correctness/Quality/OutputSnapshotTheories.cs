using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Quality;

/// <summary>
/// Greedy output must not drift silently: per class × strategy × model, every document's tokens and text
/// equal the approved snapshot recorded under the same configuration. A difference writes
/// <c>*.received.txt</c> beside the verified file and fails with the diff; `l2v approve` (a person) accepts it.
/// </summary>
public sealed class OutputSnapshotTheories
{
    [Theory]
    [MemberData(nameof(MatrixRows.InProcess), MemberType = typeof(MatrixRows))]
    public async Task Outputs_EqualTheApprovedSnapshot(MatrixCase matrixCase)
    {
        var decision = SuiteContext.Gate().RunsHere(matrixCase);
        var run = await SuiteRuns.RunAsync(matrixCase.Case.Target, matrixCase.Case.Strategy, TestContext.Current.CancellationToken);
        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);

        ApprovedBaselines.Checker.Check(run, [run], CheckAspects.Snapshot).Judge(decision);
    }
}
