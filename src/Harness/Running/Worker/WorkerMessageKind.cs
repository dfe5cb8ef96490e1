namespace Llama2Validation.Harness.Running.Worker;

public enum WorkerMessageKind
{
    Loaded,
    Document,
    Finished,
    Error,
}
