using Llama2Validation.Harness.Memory;
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
    [InlineData("A100-80GB", 64, WeightType.Q4_0)]
    [InlineData("A100-40GB", 16, WeightType.Q4_0)]
    [InlineData("T4", 8, WeightType.Q4_0)]
    public void Batched_takes_as_many_slots_as_the_memory_model_says_fit_the_card(string card, int slots, WeightType weights)
    {
        var memoryClass = MemoryClasses.Find(card)!;

        var spec = GpuGateSpecs.For(StrategyCatalog.Batched, memoryClass);

        spec.ParallelSequences.Should().Be(slots);
        spec.Weights.Should().Be(weights);
        spec.KvCache.Should().Be(KvCacheType.Q8_0);
        spec.ForceNewTokens.Should().Be(SeedWorkload.TypicalNewTokens);
        var footprint = ModelFootprint.FromShape(ModelShapes.Llama2_7B, spec.Weights);
        MemoryModel.Predict(footprint, MemoryConfiguration.For(spec, footprint.TrainedContext), MemoryTarget.Gpu).FitsIn(memoryClass.TotalMiB).Should().BeTrue();
    }
}
