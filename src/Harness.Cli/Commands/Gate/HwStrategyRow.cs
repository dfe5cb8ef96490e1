using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>One strategy on one target: runs here on which model, or why not.</summary>
internal sealed record HwStrategyRow(string Target, string Category, string Strategy, WeightType Weights, bool Runs, string? Model, string? Reason)
{
    public static HwStrategyRow From(GateDecision decision) => new(
        decision.Case.Target.ToString(),
        decision.Case.Target.Category,
        decision.Case.Strategy.Name,
        decision.Case.Strategy.Weights,
        decision.Runs,
        decision.ModelPath ?? decision.ModelIdentity,
        decision.SkipReason);
}
