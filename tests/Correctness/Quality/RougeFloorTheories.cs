using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Tests.Shared;

namespace Llama2Validation.Tests.Correctness.Quality;

/// <summary>
/// ROUGE-1 floors per class × strategy × model: absolute, and relative to the f16 default strategy of
/// the same invocation (MLPerf-style). Synthetic-weight models never check quality: those cases skip.
/// </summary>
public sealed class RougeFloorTheories
{
    [Theory]
    [MemberData(nameof(MatrixRows.InProcess), MemberType = typeof(MatrixRows))]
    public async Task Rouge1_MeetsTheApprovedFloors(MatrixCase matrixCase)
    {
        ApprovedBaselines.Gate.RunsHere(matrixCase);
        var token = TestContext.Current.CancellationToken;
        var target = matrixCase.Case.Target;
        var run = await SuiteRuns.RunAsync(target, matrixCase.Case.Strategy, token);
        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);
        var reference = BaselineChecker.ReferenceRun(run, await SuiteRuns.RunAllAsync(target, token));

        var outcome = QualityValidator.Validate(run, ApprovedBaselines.Store.Find(RunKey.Of(run)).Entry!, reference);

        if (outcome.Checked == 0)
        {
            Assert.Skip(string.Join("; ", outcome.Skipped.Select(s => s.ToString())));
        }

        outcome.Violations.Should().BeEmpty(string.Join(System.Environment.NewLine, outcome.Violations));
    }
}
