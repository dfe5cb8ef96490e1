
namespace Llama2Validation.Harness.Strategies;

/// <summary>
/// The strategies every hardware class is tested with. The test matrix is built from this catalog,
/// never from which baselines happen to exist, so every case always exists (run or skipped).
/// </summary>
public static class StrategyCatalog
{
    public static StrategySpec Default { get; } = new() { Name = "default", Weights = WeightType.F16, FlashAttention = false };

    public static StrategySpec EightBit { get; } = new() { Name = "8-bit", Weights = WeightType.Q8_0, FlashAttention = false };

    public static StrategySpec FourBit { get; } = new() { Name = "4-bit", Weights = WeightType.Q4_0, FlashAttention = false };

    public static StrategySpec FlashAttn { get; } = new() { Name = "flash-attn", Weights = WeightType.F16, FlashAttention = true };

    /// <summary>vLLM-style continuous batching in llama.cpp terms: every live sequence's next token in one decode.</summary>
    public static StrategySpec Batched { get; } = new()
    {
        Name = "batched",
        Kind = StrategyKind.Batched,
        Weights = WeightType.Q4_0,
        FlashAttention = true,
        ParallelSequences = 8,
    };

    /// <summary>Not a strategy the seed ran: LLamaSharp's plainest loop on the default's weights, the yardstick for the harness's own cost.</summary>
    public static StrategySpec ReferenceLoop { get; } = Default with { Name = "reference-loop", Kind = StrategyKind.Reference };

    /// <summary>Sequences the batched strategy decodes together in the CPU gate.</summary>
    public const int CpuGateParallelSequences = 4;

    /// <summary>
    /// A spec as the CPU gate runs it (and `l2v run`'s embedded default, so its results compare with the
    /// CPU baselines): one llama.cpp thread, so greedy outputs are the same bits on every x86-64 machine
    /// (with the AVX2 pin) and a timed run never fights another for two cores; batched with 4 sequences.
    /// </summary>
    public static StrategySpec OnCpuGate(StrategySpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec with
        {
            Threads = 1,
            ParallelSequences = spec.Kind == StrategyKind.Batched ? CpuGateParallelSequences : spec.ParallelSequences,
        };
    }

    /// <summary>The five in-process strategies, in the order runs and reports show them.</summary>
    public static IReadOnlyList<StrategySpec> InProcess { get; } = [Default, EightBit, FourBit, FlashAttn, Batched];

    public static StrategySpec? Find(string name) =>
        InProcess.FirstOrDefault(s => string.Equals(s.Name, name, StringComparison.OrdinalIgnoreCase));

    public static IEnumerable<string> Names => InProcess.Select(s => s.Name);
}
