namespace Llama2Validation.Harness.Data;

/// <summary>
/// Loads a WikiLingua-shaped dataset file into articles plus problems. The format is detected from the
/// file unless given. A missing file is an exception naming the path; bad records are problems, never exceptions.
/// </summary>
public static class DatasetLoader
{
    public static async Task<ArticleLoadResult> LoadAsync(string path, DatasetFormat? format = null, CancellationToken cancellationToken = default)
    {
        var full = Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"Dataset file not found: {full}", full);
        }

        var chosen = format ?? DatasetFormatDetector.Detect(full);
        return chosen switch
        {
            DatasetFormat.WikiLinguaParquet => await ParquetArticleReader.ReadAsync(full, cancellationToken).ConfigureAwait(false),
            DatasetFormat.GemJsonl => JsonlArticleReader.Read(full, chosen, GemJsonRow.Read, cancellationToken),
            _ => JsonlArticleReader.Read(full, chosen, WikiLinguaJsonRow.Read, cancellationToken),
        };
    }
}
