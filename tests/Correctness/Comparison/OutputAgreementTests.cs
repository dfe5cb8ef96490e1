using Llama2Validation.Harness.Comparison;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Comparison;

public sealed class OutputAgreementTests
{
    internal static RunResult Run(params (string Id, int[] Tokens)[] documents) => new()
    {
        Strategy = "default",
        Spec = StrategyCatalog.Default,
        Metadata = new RunMetadata(),
        Outcome = RunOutcome.Completed,
        Documents = [.. documents.Select(d => new DocumentResult { Id = d.Id, Outcome = DocumentOutcome.Ok, OutputTokens = d.Tokens.Length, OutputTokenIds = d.Tokens })],
    };

    [Fact]
    public void Equal_tokens_in_every_document_are_identical()
    {
        var agreement = OutputAgreement.Compare(Run(("a", [1, 2, 3]), ("b", [4, 5])), Run(("b", [4, 5]), ("a", [1, 2, 3])));

        agreement.Identical.Should().BeTrue();
        agreement.ToString().Should().Be("outputs: greedy tokens identical in all 2 documents");
    }

    [Fact]
    public void A_differing_token_names_the_document_and_its_first_differing_step()
    {
        var agreement = OutputAgreement.Compare(Run(("a", [1, 2, 3, 4]), ("b", [4, 5])), Run(("a", [1, 2, 9, 4]), ("b", [4, 5])));

        agreement.Identical.Should().BeFalse();
        agreement.Differences.Should().ContainSingle().Which.Should().Be(new DocumentDifference("a", 2, 4, 4));
        agreement.ToString().Should().StartWith("outputs: 1 of 2 documents differ (first at step 2: a step 2)");
    }

    [Fact]
    public void An_output_that_stops_early_differs_where_it_stops()
    {
        var agreement = OutputAgreement.Compare(Run(("a", [1, 2, 3])), Run(("a", [1, 2])));

        agreement.Differences.Should().ContainSingle().Which.FirstDifferingStep.Should().Be(2);
    }

    [Fact]
    public void A_document_completed_on_one_side_only_is_not_identical()
    {
        var agreement = OutputAgreement.Compare(Run(("a", [1]), ("b", [2])), Run(("a", [1])));

        agreement.Identical.Should().BeFalse();
        agreement.Missing.Should().Equal("b");
    }
}
