using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Memory.Layouts;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Memory.Layouts;

/// <summary>The batched layout the planner chooses for each card size, and the margin it keeps.</summary>
public sealed class LayoutPlannerTests
{
    private static LayoutPlan PlanFor(string card) => LayoutPlanner.Plan(MemoryClasses.Find(card)!.TotalMiB, LayoutWorkload.W100, ModelShapes.Llama2_7B);

    [Fact]
    public void The_H200_keeps_its_approved_layout()
    {
        var choice = PlanFor("H200").Choice;

        choice.Layout.Should().Be("F16, KV F16, 100 × 1280 + 5 × 4096", "the H200's batched baseline was recorded in this layout (15.3 docs/s)");
    }

    [Theory]
    [InlineData("H100")]
    [InlineData("A100-80GB")]
    public void An_80_GB_card_gets_F16_weights_and_the_long_documents_in_overflow_slots(string card)
    {
        var choice = PlanFor(card).Choice;

        choice.Weights.Should().Be(WeightType.F16, "F16 weights prefill W100 faster than Q4_0 (H100: 12.41 against 10.30 docs/s)");
        choice.OverflowSlots.Should().Be(SeedWorkload.LongDocuments);
        choice.MainCells.Should().Be(1280);
        choice.Layout.Should().Be("F16, KV F16, 83 × 1280 + 5 × 4096", "an F16 cache for 88 documents at once ranks above a q8_0 cache for all 100");
    }

    [Theory]
    [InlineData("T4", WeightType.Q4_0)]
    [InlineData("L4", WeightType.Q4_0)]
    [InlineData("A100-40GB", WeightType.F16)]
    public void A_smaller_card_trades_weights_and_cache_for_documents_at_once(string card, WeightType weights)
    {
        var choice = PlanFor(card).Choice;

        choice.Weights.Should().Be(weights);
        choice.KvCache.Should().Be(KvCacheType.Q8_0, "an F16 cache would leave room for too few documents at once");
        choice.OverflowSlots.Should().BePositive("slots sized for the longest document hold fewer documents");
    }

    [Theory]
    [InlineData("T4")]
    [InlineData("L4")]
    [InlineData("A100-40GB")]
    [InlineData("A100-80GB")]
    [InlineData("H100")]
    [InlineData("H200")]
    [InlineData("49152")]
    public void Every_choice_leaves_the_margin_free_and_nothing_that_fits_ranks_faster(string card)
    {
        var cardMiB = MemoryClasses.Find(card)?.TotalMiB ?? long.Parse(card, System.Globalization.CultureInfo.InvariantCulture);
        var plan = LayoutPlanner.Plan(cardMiB, LayoutWorkload.W100, ModelShapes.Llama2_7B);

        plan.Choice.Fits.Should().BeTrue();
        plan.Choice.Prediction.TotalMiB.Should().BeLessThanOrEqualTo((long)(cardMiB * 0.95));
        plan.Candidates.Where(c => c.Fits).Max(c => c.RelativeSpeed).Should().Be(plan.Choice.RelativeSpeed);
    }

    [Fact]
    public void A_layout_that_fits_the_card_but_not_its_margin_is_not_chosen()
    {
        // A card exactly the H200 layout's predicted size: it fits, but leaves no margin for the model's error.
        var h200Layout = PlanFor("H200").Choice;
        var tight = LayoutPlanner.Plan(h200Layout.Prediction.TotalMiB, LayoutWorkload.W100, ModelShapes.Llama2_7B);

        tight.Choice.Layout.Should().NotBe(h200Layout.Layout);
        tight.Choice.Prediction.TotalMiB.Should().BeLessThanOrEqualTo(LayoutPlanner.Budget(h200Layout.Prediction.TotalMiB));
    }

    [Fact]
    public void A_card_that_holds_nothing_gets_the_smallest_layout_marked_as_not_fitting()
    {
        var plan = LayoutPlanner.Plan(4096, LayoutWorkload.W100, ModelShapes.Llama2_7B);

        plan.Choice.Fits.Should().BeFalse();
        plan.Choice.Prediction.TotalBytes.Should().Be(plan.Candidates.Min(c => c.Prediction.TotalBytes));
    }
}
