using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Agreement;

/// <summary>What one target's agreement run needs: the strategies as this target runs them, their models and the prompts.</summary>
public sealed record AgreementPlan
{
    /// <summary>The class whose baselines folder holds the reference and floors (CPU, H100…).</summary>
    public required string HardwareClass { get; init; }

    /// <summary>Every strategy to measure, as the target runs them; the one named <see cref="AgreementDefaults.ReferenceStrategy"/> records the reference.</summary>
    public required IReadOnlyList<StrategySpec> Strategies { get; init; }

    public required Func<WeightType, ModelChoice> ModelFor { get; init; }

    public required IReadOnlyList<Example> Examples { get; init; }

    public required string DatasetHash { get; init; }

    public string? NativeLibraryPath { get; init; }

    public int GpuLayers { get; init; }

    public StrategySpec ReferenceSpec =>
        Strategies.FirstOrDefault(s => string.Equals(s.Name, AgreementDefaults.ReferenceStrategy, StringComparison.OrdinalIgnoreCase))
        ?? throw new InvalidOperationException($"an agreement plan needs the {AgreementDefaults.ReferenceStrategy} strategy: it is the reference");
}
