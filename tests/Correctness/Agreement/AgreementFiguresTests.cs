using Llama2Validation.Harness.Agreement;

namespace Llama2Validation.Tests.Correctness.Agreement;

public sealed class AgreementFiguresTests
{
    [Fact]
    public void Figures_SummariseEveryPosition_AndTheFirstDivergences()
    {
        var agrees = new PositionAgreement(0.01, 5, TopAgrees: true);
        var differs = new PositionAgreement(0.5, 6, TopAgrees: false);
        var documents = new[]
        {
            DocumentAgreement.From("a", [agrees, agrees, differs, agrees]),
            DocumentAgreement.From("b", [agrees, agrees]),
        };

        var figures = AgreementFigures.From("4-bit", documents);

        documents[0].FirstDivergence.Should().Be(2);
        documents[1].FirstDivergence.Should().BeNull();
        figures.Positions.Should().Be(6);
        figures.MeanKl.Should().BeApproximately((0.01 * 5 + 0.5) / 6, 1e-8);
        figures.MaxKl.Should().Be(0.5);
        figures.Top1.Should().BeApproximately(5.0 / 6, 1e-6);
        figures.DivergedDocuments.Should().Be(1);
        figures.MedianFirstDivergence.Should().Be(2);
    }
}
