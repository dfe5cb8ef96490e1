using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Baselines.Floors;

/// <summary>
/// The CPU gate's speed checks: one ratio per strategy, each against the reference that isolates what
/// the strategy promises. The workload is decode-heavy (short prompts, 128 forced new tokens), because
/// what batching and the harness's per-token work change is the decode loop.
/// </summary>
public static class CpuSpeedRatios
{
    public const int NewTokens = 128;

    /// <summary>
    /// The generated model the ratios run on: the micro shape keeps a token's weights (about 3 MB in F16)
    /// in one core's own L2 cache, away from the traffic of the machine's neighbours.
    /// </summary>
    public const string ModelPreset = "micro";

    /// <summary>The identity the ratio floors are keyed by (baselines/CPU/throughput/&lt;strategy&gt;.l2v-micro.verified.json).</summary>
    public static string ModelIdentity => ModelSources.ProfileOf(ModelPreset);

    public static Func<WeightType, ModelChoice> Models() => new ModelSources { Preset = ModelPreset }.Resolver();

    public static IReadOnlyList<SpeedRatio> All { get; } =
    [
        new("default", StrategyCatalog.ReferenceLoop.Name, "the harness's own per-token cost against LLamaSharp's plainest greedy loop"),
        new("8-bit", "default", "what Q8_0 weights buy over F16", PromisesSpeedUp: true),
        new("4-bit", "default", "what Q4_0 weights buy over F16", PromisesSpeedUp: true),
        new("flash-attn", "default", "flash attention against the default attention", PromisesSpeedUp: true),
        new("batched", "4-bit", "decoding 4 sequences per step against one at a time on the same Q4_0 weights", PromisesSpeedUp: true),
    ];

    /// <summary>Documents per timed group: one batched step's worth, so batched runs each group as one batch.</summary>
    public const int GroupSize = StrategyCatalog.CpuGateParallelSequences;

    /// <summary>Groups of 64-token prompts (synthetic, so any vocabulary runs them).</summary>
    public static IReadOnlyList<IReadOnlyList<Example>> Groups(int count) =>
        [.. SyntheticWorkloads.Uniform(count * GroupSize, 64).Chunk(GroupSize).Select(chunk => (IReadOnlyList<Example>)chunk)];

    public static SpeedRatio? For(string strategy) =>
        All.FirstOrDefault(r => string.Equals(r.Strategy, strategy, StringComparison.OrdinalIgnoreCase));

    /// <summary>Every spec a pass runs, as the CPU gate runs them, with the forced token count.</summary>
    public static IReadOnlyList<StrategySpec> Specs() =>
        [.. new[] { StrategyCatalog.ReferenceLoop }.Concat(StrategyCatalog.InProcess)
            .Select(spec => StrategyCatalog.OnCpuGate(spec) with { ForceNewTokens = NewTokens })];
}
