using Llama2Validation.Harness.GateWorkflow;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.GateWorkflow;

public sealed class OutputStabilityTests
{
    [Fact]
    public void Passes_with_the_same_token_ids_are_identical()
    {
        var stability = OutputStability.Compare([[RecordedRuns.Run("batched", 15)], [RecordedRuns.Run("batched", 14)], [RecordedRuns.Run("batched", 15.5)]]);

        stability.Should().ContainSingle().Which.Should().BeEquivalentTo(new { Strategy = "batched", Passes = 3, Documents = 6, Identical = true });
    }

    [Fact]
    public void One_token_of_one_document_in_a_later_pass_makes_the_strategy_unstable_and_names_the_document()
    {
        var changed = RecordedRuns.Run("batched", 15, changedDocument: 4);

        var stability = OutputStability.Compare([[RecordedRuns.Run("batched", 15)], [RecordedRuns.Run("batched", 15)], [changed]]);

        stability.Single().Identical.Should().BeFalse();
        stability.Single().Differing.Should().Equal(changed.Documents[4].Id);
        stability.Single().Describe().Should().Contain("1 documents differ").And.Contain(changed.Documents[4].Id);
    }

    [Fact]
    public void A_document_a_later_pass_lacks_counts_as_differing()
    {
        var first = RecordedRuns.Run("default", 1);
        var shorter = first with { Documents = [.. first.Documents.Take(5)] };

        var stability = OutputStability.Compare([[first], [shorter]]);

        stability.Single().Differing.Should().Equal(first.Documents[5].Id);
    }

    [Fact]
    public void Strategies_are_judged_apart_and_a_single_pass_proves_nothing()
    {
        var stability = OutputStability.Compare([
            [RecordedRuns.Run("default", 1), RecordedRuns.Run("batched", 15)],
            [RecordedRuns.Run("batched", 15, changedDocument: 0)],
        ]);

        stability.Select(s => (s.Strategy, s.Passes, s.Identical)).Should().Equal(("default", 1, false), ("batched", 2, false));
        stability[0].Describe().Should().Contain("one pass only");
    }

    [Fact]
    public void Token_ids_are_compared_not_text()
    {
        var first = RecordedRuns.Run("default", 1);
        var sameText = first with { Documents = [.. first.Documents.Select((d, i) => i == 2 ? d with { OutputTokenIds = [7] } : d)] };

        OutputStability.Compare([[first], [sameText]]).Single().Differing.Should().ContainSingle();
        first.Documents[2].Output.Should().Be(sameText.Documents[2].Output);
    }

    [Fact]
    public void No_passes_no_strategies() =>
        OutputStability.Compare(Array.Empty<IReadOnlyList<RunResult>>()).Should().BeEmpty();
}
