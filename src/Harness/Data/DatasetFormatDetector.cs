using System.Text.Json;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// Picks a loader from the file itself: Parquet by extension or its <c>PAR1</c> magic bytes, otherwise
/// JSON lines whose first readable record names its shape (<c>article</c> for Hugging Face's export,
/// <c>gem_id</c>/<c>source</c> for GEM). An explicit format always wins over this guess.
/// </summary>
public static class DatasetFormatDetector
{
    private const int LinesToSniff = 20;

    private static readonly byte[] ParquetMagic = "PAR1"u8.ToArray();

    public static DatasetFormat Detect(string path)
    {
        if (string.Equals(Path.GetExtension(path), ".parquet", StringComparison.OrdinalIgnoreCase) || StartsWithParquetMagic(path))
        {
            return DatasetFormat.WikiLinguaParquet;
        }

        foreach (var line in File.ReadLines(path).Where(line => !string.IsNullOrWhiteSpace(line)).Take(LinesToSniff))
        {
            if (FormatOfJsonLine(line) is { } format)
            {
                return format;
            }
        }

        // Nothing recognisable: the Hugging Face reader reports every line's problem, which says more than a guess.
        return DatasetFormat.WikiLinguaJsonl;
    }

    private static DatasetFormat? FormatOfJsonLine(string line)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return null;
            }

            if (root.TryGetProperty(WikiLinguaFields.Article, out _))
            {
                return DatasetFormat.WikiLinguaJsonl;
            }

            return root.TryGetProperty(GemJsonRow.GemId, out _) || root.TryGetProperty(GemJsonRow.Source, out _)
                ? DatasetFormat.GemJsonl
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static bool StartsWithParquetMagic(string path)
    {
        Span<byte> head = stackalloc byte[4];
        using var stream = File.OpenRead(path);
        return stream.ReadAtLeast(head, head.Length, throwOnEndOfStream: false) == head.Length && head.SequenceEqual(ParquetMagic);
    }
}
