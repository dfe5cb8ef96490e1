namespace Llama2Validation.Harness.Data;

/// <summary>Items a manifest selected, in the manifest's order, and the ids the dataset did not have.</summary>
public sealed record Selection<T>(IReadOnlyList<T> Items, IReadOnlyList<string> MissingIds);
