using Llama2Validation.Harness.Agreement;

namespace Llama2Validation.Tests.Correctness.Agreement;

/// <summary>The per-position measure: KL(reference ‖ strategy) over the stored top-k plus the rest, and top-1 agreement.</summary>
public sealed class PositionAgreementTests
{
    private static readonly float[] Reference = [2.0f, 1.0f, 0.5f, -1.0f, -3.0f];

    [Fact]
    public void TheSameLogits_HaveNoDivergence_AndAgree()
    {
        var stored = PositionAgreement.TopOf(Reference, k: 3);

        var measured = PositionAgreement.Measure(stored, referenceToken: 0, Reference);

        measured.KlDivergence.Should().BeLessThan(1e-6);
        measured.TopAgrees.Should().BeTrue();
    }

    [Fact]
    public void WithTheWholeVocabularyStored_KlIsTheExactDivergence()
    {
        float[] strategy = [1.0f, 2.0f, 0.5f, -1.0f, -2.0f];
        var stored = PositionAgreement.TopOf(Reference, k: Reference.Length);

        var measured = PositionAgreement.Measure(stored, referenceToken: 0, strategy);

        measured.KlDivergence.Should().BeApproximately(ExactKl(Reference, strategy), 1e-5);
        measured.StrategyTop.Should().Be(1);
        measured.TopAgrees.Should().BeFalse();
    }

    [Fact]
    public void WithTheTopKStored_KlIsALowerBoundThatStillSeesTheChange()
    {
        float[] strategy = [1.0f, 2.0f, 0.5f, -1.0f, -2.0f];
        var stored = PositionAgreement.TopOf(Reference, k: 2);

        var measured = PositionAgreement.Measure(stored, referenceToken: 0, strategy);

        measured.KlDivergence.Should().BeGreaterThan(0.1).And.BeLessThanOrEqualTo(ExactKl(Reference, strategy) + 1e-9);
    }

    [Fact]
    public void TopOf_KeepsTheMostLikelyFirst_AndTheRestMass()
    {
        var stored = PositionAgreement.TopOf(Reference, k: 2);

        stored.Ids.Should().Equal(0, 1);
        var probabilities = Softmax(Reference);
        stored.RestMass.Should().BeApproximately(probabilities[2] + probabilities[3] + probabilities[4], 1e-5);
    }

    [Fact]
    public void StoredLine_RoundTrips()
    {
        var stored = PositionAgreement.TopOf(Reference, k: 4);

        var parsed = ReferencePosition.Parse(stored.Format());

        parsed.Ids.Should().Equal(stored.Ids);
        parsed.LogProbabilities.Should().Equal(stored.LogProbabilities);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("12:abc")]
    [InlineData("12:0.5")]
    [InlineData("")]
    public void Parse_RefusesWhatIsNotAStoredPosition(string line)
    {
        var parse = () => ReferencePosition.Parse(line);

        parse.Should().Throw<FormatException>();
    }

    private static double ExactKl(float[] p, float[] q)
    {
        var pp = Softmax(p);
        var qq = Softmax(q);
        return pp.Select((pi, i) => pi * Math.Log(pi / qq[i])).Sum();
    }

    private static double[] Softmax(float[] logits)
    {
        var exp = logits.Select(l => Math.Exp(l)).ToArray();
        return [.. exp.Select(e => e / exp.Sum())];
    }
}
