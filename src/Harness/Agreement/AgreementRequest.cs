using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Running;

namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// What an agreement worker runs (`l2v-worker agreement REQUEST`): each side's model loaded in turn and
/// teacher-forced through the reference's continuations. Without a stored <see cref="Reference"/> the
/// first side is the reference: its greedy continuations and distributions are recorded first.
/// </summary>
public sealed record AgreementRequest
{
    /// <summary>One run request per side (its spec and model file); their examples are ignored.</summary>
    public required IReadOnlyList<RunRequest> Sides { get; init; }

    /// <summary>The prompts, matched to the reference's documents by id.</summary>
    public required IReadOnlyList<Example> Examples { get; init; }

    public AgreementReference? Reference { get; init; }

    /// <summary>Tokens kept per position when recording.</summary>
    public int TopK { get; init; } = AgreementDefaults.TopK;

    /// <summary>The longest continuation recorded.</summary>
    public int MaxNewTokens { get; init; } = AgreementDefaults.MaxNewTokens;

    /// <summary>Documents recorded at most: the first examples whose prompt and continuation fit the context.</summary>
    public int Documents { get; init; } = AgreementDefaults.Documents;

    /// <summary>Where the worker writes its <see cref="AgreementResult"/>.</summary>
    public required string OutputPath { get; init; }
}
