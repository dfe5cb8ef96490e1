namespace Llama2Validation.Harness.Measurement;

public enum RunOutcome
{
    Completed,

    /// <summary>The worker died or reported an error it could not attribute to one document.</summary>
    Failed,

    OutOfMemory,

    Cancelled,
}
