namespace Llama2Validation.Harness.Data;

/// <summary>
/// Applies a manifest to anything with an id (articles, synthetic examples): the manifest decides which
/// items run and in what order, and every id the dataset lacks is listed rather than silently dropped.
/// </summary>
public static class ManifestSelection
{
    public static Selection<T> Select<T>(IReadOnlyList<T> items, Func<T, string> idOf, Manifest manifest)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(idOf);
        ArgumentNullException.ThrowIfNull(manifest);

        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(idOf(item), item);
        }

        var selected = new List<T>(manifest.Ids.Count);
        var missing = new List<string>();
        foreach (var id in manifest.Ids)
        {
            if (byId.TryGetValue(id, out var item))
            {
                selected.Add(item);
            }
            else
            {
                missing.Add(id);
            }
        }

        return new Selection<T>(selected, missing);
    }
}
