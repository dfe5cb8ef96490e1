namespace Llama2Validation.Harness.Measurement;

public enum DocumentOutcome
{
    Ok,

    /// <summary>Prompt plus the new-token cap does not fit the slot; the prompt is never cut.</summary>
    DoesNotFit,

    Error,
}
