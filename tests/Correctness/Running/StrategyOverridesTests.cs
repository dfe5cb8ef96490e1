using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Running;

public sealed class StrategyOverridesTests
{
    [Fact]
    public void Weights_ReplaceTheCatalogsTypeForAnyStrategy()
    {
        var overrides = new StrategyOverrides { Weights = WeightType.F16 };

        overrides.Apply(StrategyCatalog.Batched).Weights.Should().Be(WeightType.F16);
        overrides.Apply(StrategyCatalog.FourBit).Weights.Should().Be(WeightType.F16);
    }

    [Fact]
    public void NoWeights_KeepTheCatalogsType() =>
        new StrategyOverrides().Apply(StrategyCatalog.Batched).Weights.Should().Be(WeightType.Q4_0);
}
