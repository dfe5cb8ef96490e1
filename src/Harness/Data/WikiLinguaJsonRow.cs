using System.Text.Json;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// One Hugging Face <c>wiki_lingua</c> English row as JSON:
/// <c>{"url": "...", "article": {"section_name": [...], "document": [...], "summary": [...]}}</c>.
/// Other fields are ignored, so exports that add columns still load.
/// </summary>
internal static class WikiLinguaJsonRow
{
    public static RowOutcome Read(JsonElement row)
    {
        if (row.ValueKind != JsonValueKind.Object)
        {
            return RowOutcome.Failed($"row is {JsonFields.Describe(row.ValueKind)}, expected an object with \"url\" and \"article\"");
        }

        if (!JsonFields.TryGetString(row, WikiLinguaFields.Url, out var url, out var problem))
        {
            return RowOutcome.Failed(problem!);
        }

        if (string.IsNullOrWhiteSpace(url))
        {
            return RowOutcome.Failed("\"url\" is empty");
        }

        if (!row.TryGetProperty(WikiLinguaFields.Article, out var article) || article.ValueKind != JsonValueKind.Object)
        {
            return RowOutcome.Failed("missing \"article\" object");
        }

        if (!JsonFields.TryGetStringList(article, WikiLinguaFields.SectionName, out var names, out problem)
            || !JsonFields.TryGetStringList(article, WikiLinguaFields.Document, out var documents, out problem)
            || !JsonFields.TryGetStringList(article, WikiLinguaFields.Summary, out var summaries, out problem))
        {
            return RowOutcome.Failed($"article: {problem}");
        }

        return ArticleSections.Zip(url, names, documents, summaries);
    }
}
