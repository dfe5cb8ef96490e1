using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Memory.Layouts;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Memory;

/// <summary>What a GPU class's gate runs before any baseline records a configuration.</summary>
public sealed class GpuGateSpecsTests
{
    [Fact]
    public void One_at_a_time_strategies_time_a_prefix_of_the_documents()
    {
        var spec = GpuGateSpecs.For(StrategyCatalog.EightBit, MemoryClasses.H200);

        spec.Should().Be(StrategyCatalog.EightBit with { Documents = GpuGateSpecs.OneAtATimeDocuments });
    }

    [Fact]
    public void On_a_card_that_holds_it_batched_keeps_the_long_documents_in_overflow_slots_and_an_f16_cache()
    {
        var spec = GpuGateSpecs.For(StrategyCatalog.Batched, MemoryClasses.H200);

        spec.ParallelSequences.Should().Be(100);
        spec.Weights.Should().Be(WeightType.F16);
        spec.KvCache.Should().Be(KvCacheType.F16);
        spec.ContextPerSequence.Should().Be(1280, "the seed's 95 short documents (978 tokens at most) + 15 + 110 new tokens, padded");
        spec.OverflowSequences.Should().Be(SeedWorkload.LongDocuments);
        spec.OverflowContextPerSequence.Should().Be(SeedWorkload.ContextFor(ModelShapes.Llama2_7B));
        var footprint = ModelFootprint.FromShape(ModelShapes.Llama2_7B, spec.Weights);
        MemoryModel.Predict(footprint, MemoryConfiguration.For(spec, footprint.TrainedContext), MemoryTarget.Gpu).FitsIn(MemoryClasses.H200.TotalMiB).Should().BeTrue();
    }

    [Theory]
    [InlineData("T4")]
    [InlineData("L4")]
    [InlineData("A100-40GB")]
    [InlineData("A100-80GB")]
    [InlineData("H100")]
    [InlineData("H200")]
    public void Batched_runs_the_layout_the_planner_chooses_for_the_card(string card)
    {
        var memoryClass = MemoryClasses.Find(card)!;
        var choice = LayoutPlanner.Plan(memoryClass.TotalMiB, LayoutWorkload.W100, ModelShapes.Llama2_7B).Choice;

        var spec = GpuGateSpecs.For(StrategyCatalog.Batched, memoryClass);

        spec.Weights.Should().Be(choice.Weights);
        spec.KvCache.Should().Be(choice.KvCache);
        spec.ParallelSequences.Should().Be(choice.MainSlots);
        spec.ContextPerSequence.Should().Be(choice.MainCells);
        spec.OverflowSequences.Should().Be(choice.OverflowSlots);
        spec.ForceNewTokens.Should().Be(SeedWorkload.TypicalNewTokens);
        spec.MicroBatchSize.Should().Be(GpuGateSpecs.BatchedMicroBatchSize);
        var footprint = ModelFootprint.FromShape(ModelShapes.Llama2_7B, spec.Weights);
        MemoryModel.Predict(footprint, MemoryConfiguration.For(spec, footprint.TrainedContext), MemoryTarget.Gpu).TotalMiB
            .Should().Be(choice.Prediction.TotalMiB, "the engine builds exactly the layout the planner predicted");
    }
}
