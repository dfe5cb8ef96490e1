using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Running;

/// <summary>Reuses a finished run instead of running it again (the test suites' run once, assert many).</summary>
public interface IRunCache
{
    /// <summary>The stored run of <paramref name="identity"/>, or <paramref name="run"/>'s result, stored.</summary>
    Task<RunResult> GetOrRunAsync(RunIdentity identity, Func<CancellationToken, Task<RunResult>> run, CancellationToken cancellationToken);
}
