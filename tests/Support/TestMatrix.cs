using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// The test matrix, hardware target × strategy, built from the catalogs and never from which baselines
/// exist: every case always exists, and the gate runs it or says why not.
/// </summary>
public static class TestMatrix
{
    /// <summary>Every class × the five in-process strategies.</summary>
    public static IReadOnlyList<GateCase> InProcess { get; } = Cases(HardwareTargets.Classes, StrategyCatalog.InProcess);

    /// <summary>As <see cref="InProcess"/>, with each A100 size a case of its own.</summary>
    public static IReadOnlyList<GateCase> InProcessBySize { get; } = Cases(HardwareTargets.ClassesAndSizes, StrategyCatalog.InProcess);

    public static IReadOnlyList<GateCase> Cases(IEnumerable<HardwareTarget> targets, IEnumerable<StrategySpec> strategies) =>
        [.. targets.SelectMany(_ => strategies, (target, strategy) => new GateCase(target, strategy))];
}
