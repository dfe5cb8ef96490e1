using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Tests.Shared;

namespace Llama2Validation.Tests.Performance;

/// <summary>
/// Throughput floors per hardware class × strategy × model: docs/s, decode tokens/s and the TTFT p90
/// ceiling, each tolerant to the noise measured when the baseline was approved. Timed by design.
/// </summary>
public sealed class ThroughputTheories
{
    [Theory]
    [MemberData(nameof(MatrixRows.InProcess), MemberType = typeof(MatrixRows))]
    public async Task Throughput_MeetsTheApprovedFloors(MatrixCase matrixCase)
    {
        ApprovedBaselines.Gate.RunsHere(matrixCase);
        var run = await SuiteRuns.RunAsync(matrixCase.Case.Target, matrixCase.Case.Strategy, TestContext.Current.CancellationToken);
        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);

        var entry = ApprovedBaselines.Store.Find(RunKey.Of(run)).Entry!;
        var outcome = ThroughputValidator.Validate(run, entry);
        if (!outcome.Passed)
        {
            // A person decides whether the new figures are the new normal: the proposal sits beside the verified file.
            new BaselineProposer(ApprovalFolder.For(Llama2Validation.Harness.RepositoryLayout.Current)).Propose([run], entry);
        }

        outcome.Checked.Should().BePositive("an approved baseline must hold at least one throughput floor");
        outcome.Violations.Should().BeEmpty(string.Join(System.Environment.NewLine, outcome.Violations));
    }
}
