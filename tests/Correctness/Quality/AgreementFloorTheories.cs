using Llama2Validation.Harness.Agreement;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Quality;

/// <summary>
/// Agreement with the F16 reference per class × strategy: each strategy is fed the reference's own greedy
/// continuation and must stay within its approved mean KL, p99 KL and top-1 agreement floors. Unlike ROUGE
/// this judges synthetic weights too (random weights still have distributions to compare), and it sees a
/// precision change long before the text moves.
/// </summary>
public sealed class AgreementFloorTheories
{
    [Theory]
    [MemberData(nameof(MatrixRows.InProcess), MemberType = typeof(MatrixRows))]
    public async Task Agreement_MeetsTheApprovedFloors(MatrixCase matrixCase)
    {
        var decision = SuiteContext.Gate().RunsHere(matrixCase);
        var measurement = await SuiteAgreement.ForAsync(matrixCase.Case.Target);
        var verdict = AgreementChecker.Check(measurement, matrixCase.Case.Strategy.Name, SuiteAgreement.Folder);
        if (measurement.FiguresOf(matrixCase.Case.Strategy.Name) is { } figures)
        {
            TestContext.Current.SendDiagnosticMessage(
                $"{matrixCase}: mean KL {figures.MeanKl:G4}, p99 KL {figures.P99Kl:G4}, top-1 {figures.Top1:P2} over {figures.Positions} positions; {figures.DivergedDocuments} of {figures.Documents} documents diverge");
        }

        verdict.Judge(decision);
    }
}
