namespace Llama2Validation.Harness.Data;

/// <summary>
/// What a run summarises, ready to go: the examples in run order, and everything noticed on the way
/// (record problems, manifest ids the dataset lacked). <see cref="Hash"/> and <see cref="Name"/> go into
/// results as provenance (<c>RunMetadata.DatasetHash</c>, <c>DatasetName</c>).
/// </summary>
/// <param name="Name">Short name for results: <c>sample</c>, <c>smoke</c>, <c>w100</c>, <c>uniform-100x529</c>, or the file's name.</param>
/// <param name="Description">Where the examples came from, for people: files, manifest, parameters.</param>
/// <param name="Examples">In run order: file order, or the manifest's order when one was given.</param>
/// <param name="Problems">Records, manifest lines and articles that gave no example, each with its place.</param>
/// <param name="MissingIds">Manifest ids the dataset did not have, in manifest order.</param>
public sealed record PreparedDataset(
    string Name,
    string Description,
    IReadOnlyList<Example> Examples,
    IReadOnlyList<DatasetProblem> Problems,
    IReadOnlyList<string> MissingIds)
{
    /// <summary>Synthetic workloads carry lengths, not text; their runs never feed quality thresholds.</summary>
    public bool IsSynthetic => Examples.Count > 0 && Examples.All(example => example.SyntheticPromptTokens is not null);

    /// <summary>Computed from <see cref="Examples"/> on each read, so a <c>with</c> copy never carries a stale hash.</summary>
    public string Hash => DatasetHash.Compute(Examples);
}
