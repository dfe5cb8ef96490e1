using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Models;

/// <summary>The llama2-7b preset's file, laid out without writing it: sizes match published Llama-2-7B GGUFs.</summary>
public sealed class Llama2_7BLayoutTests
{
    private const long Llama2_7BParameters = 6_738_415_616;

    [Theory]
    [InlineData(WeightType.F16, 13.48)]
    [InlineData(WeightType.Q8_0, 7.16)]
    [InlineData(WeightType.Q4_0, 3.79)]
    public void FileSize_MatchesLlama2_7B(WeightType type, double expectedGigabytes)
    {
        var plan = SyntheticModelPlanner.Plan(new SyntheticModelSpec(ModelShapes.Llama2_7B, type));

        var layout = GgufLayout.Compute(plan);

        (layout.FileSize / 1e9).Should().BeApproximately(expectedGigabytes, 0.01);
        plan.Tensors.Should().HaveCount(291);
        plan.Tensors.Sum(tensor => tensor.ElementCount).Should().Be(Llama2_7BParameters);
    }

    [Fact]
    public void TensorTable_UsesLlamaCppNamesAndRowMajorDimensions()
    {
        var slots = LlamaTensorTable.For(ModelShapes.Llama2_7B).ToDictionary(slot => slot.Name);

        slots["token_embd.weight"].Dimensions.Should().Equal(4096, 32000);
        slots["blk.31.ffn_down.weight"].Dimensions.Should().Equal(11008, 4096);
        slots["blk.0.ffn_gate.weight"].Dimensions.Should().Equal(4096, 11008);
        slots["blk.0.attn_k.weight"].Dimensions.Should().Equal(4096, 4096);
        slots["output_norm.weight"].IsNorm.Should().BeTrue();
        slots["output.weight"].Dimensions.Should().Equal(4096, 32000);
    }

    [Fact]
    public void Presets_AreValid_AndTinyKeepsA1024TokenContext()
    {
        ModelShapes.All.SelectMany(shape => shape.Validate()).Should().BeEmpty();
        ModelShapes.Tiny.ContextLength.Should().Be(1024);
        ModelShapes.Llama2_7B.ContextLength.Should().Be(4096);
    }
}
