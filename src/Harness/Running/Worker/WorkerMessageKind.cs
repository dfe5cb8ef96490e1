namespace Llama2Validation.Harness.Running.Worker;

public enum WorkerMessageKind
{
    Loaded,
    Document,
    Finished,
    Error,

    /// <summary>One timed group of a speed-ratio request (see <see cref="RatioRequest"/>).</summary>
    Measured,
}
