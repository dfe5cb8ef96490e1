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

    [Theory]
    [InlineData("H200", 100, WeightType.F16)]
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
