
namespace Llama2Validation.Harness.Gating;

/// <summary>Whether a case runs here and, if not, every reason a person must act on.</summary>
public sealed record GateDecision(GateCase Case, IReadOnlyList<string> Reasons)
{
    /// <summary>The GGUF file the case runs on; null for the generated tiny models and when not configured.</summary>
    public string? ModelPath { get; init; }

    /// <summary>The model's name as baselines key it ("llama-2-7b-chat.Q4_0", "tiny.F16"); null when unknown.</summary>
    public string? ModelIdentity { get; init; }

    /// <summary>
    /// The runner declared (<see cref="Configuration.SuiteVariables.Gate"/>) that it gates this case's class:
    /// whatever keeps the case from being judged fails it instead of skipping it.
    /// </summary>
    public bool Declared { get; init; }

    public bool Runs => Reasons.Count == 0;

    /// <summary>Null when the case runs; otherwise the reasons, as one skip message.</summary>
    public string? SkipReason => Runs ? null : string.Join("; ", Reasons);
}
