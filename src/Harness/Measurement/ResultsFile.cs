namespace Llama2Validation.Harness.Measurement;

/// <summary>The content of <c>results.json</c>: every run of one invocation.</summary>
public sealed record ResultsFile
{
    /// <summary>Bumped on any incompatible change; readers refuse other versions with a clear message.</summary>
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    public IReadOnlyList<RunResult> Runs { get; init; } = [];
}
