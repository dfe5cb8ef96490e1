using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Gating;

/// <summary>One cell of the test matrix: a strategy on a hardware target.</summary>
public sealed record GateCase(HardwareTarget Target, StrategySpec Strategy)
{
    public override string ToString() => $"{Target} / {Strategy.Name}";
}
