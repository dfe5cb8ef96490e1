using System.Collections;
using Parquet.Schema;
using Parquet.Serialization;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// Reads Hugging Face's Parquet export of <c>wiki_lingua</c> English: columns <c>url</c> (string) and
/// <c>article</c>, a struct of three string lists. Read untyped so that the file's own schema decides
/// (Arrow names list items <c>element</c> or <c>item</c> depending on the writer) and extra columns are ignored.
/// </summary>
internal static class ParquetArticleReader
{
    public static async Task<ArticleLoadResult> ReadAsync(string path, CancellationToken cancellationToken)
    {
        var collector = new ArticleCollector(path, DatasetFormat.WikiLinguaParquet);
        var stream = File.OpenRead(path);
        await using (stream.ConfigureAwait(false))
        {
            var result = await AsFileProblemAsync(() => ParquetSerializer.DeserializeUntypedAsync(stream, cancellationToken: cancellationToken), path).ConfigureAwait(false);
            if (SchemaProblem(result.Schema) is { } schemaProblem)
            {
                collector.AddProblem(null, schemaProblem);
                return collector.ToResult();
            }

            var rowNumber = 0;
            foreach (var row in result.Data)
            {
                rowNumber++;
                collector.Add(rowNumber, ReadRow(row));
            }
        }

        return collector.ToResult();
    }

    /// <summary>
    /// Parquet.Net reports a file that is not Parquet (or is damaged) with an IOException or whatever its
    /// decoder hit; either way it is the file that is bad, and the user is told which one.
    /// </summary>
    private static async Task<T> AsFileProblemAsync<T>(Func<Task<T>> read, string path)
    {
        try
        {
            return await read().ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException and not OutOfMemoryException)
        {
            throw new InvalidDataException($"'{path}' is not a readable Parquet file: {e.Message}", e);
        }
    }

    private static string? SchemaProblem(ParquetSchema schema)
    {
        var article = schema.Fields.OfType<StructField>().FirstOrDefault(field => field.Name == WikiLinguaFields.Article);
        var lists = article?.Fields.Select(field => field.Name).ToHashSet(StringComparer.Ordinal) ?? [];
        string[] expected = [WikiLinguaFields.SectionName, WikiLinguaFields.Document, WikiLinguaFields.Summary];
        return schema.Fields.Any(field => field.Name == WikiLinguaFields.Url) && expected.All(lists.Contains)
            ? null
            : $"schema is not wiki_lingua's: expected columns \"{WikiLinguaFields.Url}\" and \"{WikiLinguaFields.Article}\" (a struct of {string.Join(", ", expected)}), found {schema}";
    }

    private static RowOutcome ReadRow(Dictionary<string, object> row)
    {
        if (!row.TryGetValue(WikiLinguaFields.Url, out var urlValue) || AsText(urlValue) is not { } url || string.IsNullOrWhiteSpace(url))
        {
            return RowOutcome.Failed($"missing or empty \"{WikiLinguaFields.Url}\"");
        }

        if (!row.TryGetValue(WikiLinguaFields.Article, out var articleValue) || articleValue is not IDictionary<string, object> article)
        {
            return RowOutcome.Failed($"missing \"{WikiLinguaFields.Article}\" struct");
        }

        var names = StringList(article, WikiLinguaFields.SectionName, out var problem);
        var documents = problem is null ? StringList(article, WikiLinguaFields.Document, out problem) : null;
        var summaries = problem is null ? StringList(article, WikiLinguaFields.Summary, out problem) : null;
        return problem is null
            ? ArticleSections.Zip(url, names!, documents!, summaries!)
            : RowOutcome.Failed($"article: {problem}");
    }

    private static List<string>? StringList(IDictionary<string, object> article, string name, out string? problem)
    {
        problem = null;
        // The schema check guarantees the column; Parquet.Net leaves an empty list out of the row, so absent means empty.
        if (!article.TryGetValue(name, out var value) || value is null)
        {
            return [];
        }

        if (AsText(value) is not null || value is not IEnumerable items)
        {
            problem = $"\"{name}\" is {value.GetType().Name}, expected a list of strings";
            return null;
        }

        var list = new List<string>();
        foreach (var item in items)
        {
            if (AsText(item) is not { } text)
            {
                problem = $"\"{name}\"[{list.Count}] is {item?.GetType().Name ?? "null"}, expected a string";
                return null;
            }

            list.Add(text);
        }

        return list;
    }

    /// <summary>Parquet.Net hands strings back as <see cref="string"/> at the top level and as character memory inside lists.</summary>
    private static string? AsText(object? value) => value switch
    {
        string text => text,
        ReadOnlyMemory<char> memory => memory.ToString(),
        _ => null,
    };
}
