namespace Llama2Validation.Harness.Baselines.Checking;

/// <summary>Which parts of <see cref="BaselineChecker"/> run.</summary>
public sealed record CheckOptions
{
    public static CheckOptions Default { get; } = new();

    /// <summary>Compare output snapshots (writes received files on a difference).</summary>
    public bool Snapshots { get; init; } = true;

    /// <summary>Write baseline proposals where a baseline is missing or a figure moved beyond tolerance.</summary>
    public bool Proposals { get; init; } = true;

    /// <summary>Write a snapshot's received file when outputs differ or are new (off for `check --no-proposals`).</summary>
    public bool ReceivedFiles { get; init; } = true;
}
