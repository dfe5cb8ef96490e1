using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Gating;

/// <summary>
/// Decides whether a matrix case runs on this machine with this configuration, and if not says why in
/// words a person can act on. Decisions are data; test projects turn them into skips.
/// </summary>
/// <param name="hardware">The detected hardware, with any dry-run class applied.</param>
/// <param name="configuration">Where the models are.</param>
/// <param name="hasApprovedBaseline">
/// Whether an approved baseline exists for a key; null for cases that need no baseline.
/// </param>
public sealed class HardwareGate(HardwareReport hardware, SuiteConfiguration configuration, Func<BaselineKey, bool>? hasApprovedBaseline = null)
{
    /// <summary>The model CPU cases run on, the embedded default: the trained summariser, known to baselines as "l2v-summariser".</summary>
    public const string CpuGateModel = Models.Generation.TrainedModels.SummariserProfile;

    public HardwareReport Hardware => hardware;

    public GateDecision Decide(GateCase gateCase)
    {
        var target = gateCase.Target;
        if (UnreadableDeclaration() is { } misdeclared)
        {
            // A misspelt declaration must not turn a gating runner into one that skips everything.
            return new GateDecision(gateCase, [misdeclared]) { Declared = true };
        }

        var declared = IsDeclared(target);
        if (!target.IsMetBy(hardware) || (declared && !DeclaredSizeIsMet()))
        {
            var reason = declared
                ? $"requires {DeclaredLabel()}; the hardware differs: detected {hardware.Summary}"
                : $"requires {target}; detected {hardware.Summary}";
            return new GateDecision(gateCase, [reason]) { Declared = declared };
        }

        var reasons = new List<string>();
        var (path, identity) = target.RunsAnywhere
            ? (null, ModelSources.ProfileOf(CpuGateModel))
            : ConfiguredModel(gateCase.Strategy.Weights, reasons);

        if (identity is not null && hasApprovedBaseline is not null
            && !hasApprovedBaseline(new BaselineKey(target, gateCase.Strategy.Name, identity)))
        {
            reasons.Add($"no approved baseline for {target} / {gateCase.Strategy.Name} / model {Named(path, identity)}: run approve on {Where(target)}");
        }

        return new GateDecision(gateCase, reasons) { ModelPath = path, ModelIdentity = identity, Declared = declared };
    }

    /// <summary>
    /// The one line every case fails with when <see cref="SuiteVariables.Gate"/> is set but names no class;
    /// null when it is unset or readable.
    /// </summary>
    public string? UnreadableDeclaration() =>
        configuration.GateText is { } text && configuration.DeclaredGate is null
            ? $"{SuiteVariables.Gate}={text} is not a hardware class; valid names: {HardwareOverride.Accepted}"
            : null;

    /// <summary>Whether this runner declared that it gates the target's class (a size, when declared, must match too).</summary>
    public bool IsDeclared(HardwareTarget target)
    {
        ArgumentNullException.ThrowIfNull(target);
        return configuration.DeclaredGate is { } gate && gate.Class == target.Class
            && (gate.GpuMemory is null || target.GpuMemory is null || gate.GpuMemory == target.GpuMemory);
    }

    private bool DeclaredSizeIsMet() =>
        configuration.DeclaredGate is not { GpuMemory: { } size } || (hardware.Class == configuration.DeclaredGate.Class && hardware.GpuMemory == size);

    private string DeclaredLabel() => HardwareReport.Label(configuration.DeclaredGate!.Class, configuration.DeclaredGate.GpuMemory);

    /// <summary>What this machine runs: the CPU cases, and its own class's cases when it has one.</summary>
    public IReadOnlyList<GateDecision> DecideForThisMachine(IEnumerable<StrategySpec> strategies)
    {
        List<HardwareTarget> targets = [new HardwareTarget(HardwareClass.CPU)];
        if (hardware.Class is not (HardwareClass.CPU or HardwareClass.Unknown))
        {
            targets.Add(new HardwareTarget(hardware.Class, hardware.GpuMemory));
        }

        return [.. targets.SelectMany(_ => strategies, (target, strategy) => Decide(new GateCase(target, strategy)))];
    }

    private (string? Path, string? Identity) ConfiguredModel(WeightType weights, List<string> reasons)
    {
        var variable = SuiteVariables.ModelFor(weights);
        var path = configuration.ModelFor(weights);
        if (path is null)
        {
            reasons.Add($"{Describe(weights)} model not configured: set {variable} or gpu.runsettings");
            return (null, null);
        }

        if (!File.Exists(path))
        {
            reasons.Add($"{Describe(weights)} model not found: {variable}={path} does not exist");
        }

        // Baselines key real models by content, so a renamed file keeps its baseline and a different
        // file with a familiar name never borrows one.
        return (path, File.Exists(path) ? ModelSources.IdentityOf(path) : Approval.ModelIdentity.Unidentified);
    }

    /// <summary>The seed's words for the weight types.</summary>
    private static string Describe(WeightType weights) => weights switch
    {
        WeightType.Q8_0 => "8-bit",
        WeightType.Q4_0 => "4-bit",
        _ => weights.ToString(),
    };

    private static string Where(HardwareTarget target) => target.Class switch
    {
        HardwareClass.CPU => "a CPU runner",
        HardwareClass.T4 => "a T4",
        _ => $"an {target}",
    };

    private static string Named(string? path, string identity) =>
        path is null ? identity
        : identity == Approval.ModelIdentity.Unidentified ? Path.GetFileNameWithoutExtension(path)
        : $"{Path.GetFileNameWithoutExtension(path)} ({identity[..Math.Min(identity.Length, 19)]}…)";
}
