using System.Text.Json;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// Reads JSON lines one record at a time: a line that does not parse or map becomes a
/// <c>file:line</c> problem and the rest still load. Blank lines are allowed.
/// </summary>
internal static class JsonlArticleReader
{
    public static ArticleLoadResult Read(string path, DatasetFormat format, Func<JsonElement, RowOutcome> readRow, CancellationToken cancellationToken)
    {
        var collector = new ArticleCollector(path, format);
        var lineNumber = 0;
        foreach (var line in File.ReadLines(path))
        {
            cancellationToken.ThrowIfCancellationRequested();
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            collector.Add(lineNumber, ReadLine(line, readRow));
        }

        return collector.ToResult();
    }

    private static RowOutcome ReadLine(string line, Func<JsonElement, RowOutcome> readRow)
    {
        try
        {
            using var document = JsonDocument.Parse(line);
            return readRow(document.RootElement);
        }
        catch (JsonException exception)
        {
            return RowOutcome.Failed($"invalid JSON: {exception.Message}");
        }
    }
}
