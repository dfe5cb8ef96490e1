using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Tests.Shared;

namespace Llama2Validation.Tests.Correctness.Quality;

/// <summary>
/// Greedy output must not drift silently: per class × strategy × model, every document's tokens and text
/// equal the approved snapshot. A difference writes <c>*.received.txt</c> beside the verified file and
/// fails with the diff; `l2v approve` (a person) accepts it.
/// </summary>
public sealed class OutputSnapshotTheories
{
    [Theory]
    [MemberData(nameof(MatrixRows.InProcess), MemberType = typeof(MatrixRows))]
    public async Task Outputs_EqualTheApprovedSnapshot(MatrixCase matrixCase)
    {
        SuiteContext.Gate().RunsHere(matrixCase);
        var run = await SuiteRuns.RunAsync(matrixCase.Case.Target, matrixCase.Case.Strategy, TestContext.Current.CancellationToken);
        run.Outcome.Should().Be(RunOutcome.Completed, run.FailureDetail);

        var comparison = SnapshotComparer.For(RepositoryLayout.Current).Compare(run);

        comparison.Status.Should().Be(ComparisonStatus.Matched, comparison.Status == ComparisonStatus.New
            ? $"there is no approved snapshot yet; review {comparison.ReceivedPath} and run `{comparison.Key.ApproveCommand}`"
            : $"outputs differ from {comparison.VerifiedPath} ({comparison.Diff.Summary}); if intended, review {comparison.ReceivedPath} and run `{comparison.Key.ApproveCommand}`{System.Environment.NewLine}{comparison.Diff.Text}");
    }
}
