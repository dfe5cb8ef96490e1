using System.Text.Encodings.Web;
using System.Text.Json;
using Llama2Validation.Harness.Data;

namespace Llama2Validation.Harness.Training.Corpus;

/// <summary>
/// Writes articles as Hugging Face wiki_lingua English rows, one JSON object a line, so the generated
/// corpus loads through the same dataset path as the sample corpus and real WikiLingua files.
/// </summary>
public static class WikiLinguaJsonlWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static void Write(IEnumerable<WikiLinguaArticle> articles, string path)
    {
        ArgumentNullException.ThrowIfNull(articles);
        using var stream = File.Create(path);
        foreach (var article in articles)
        {
            stream.Write(ToLine(article));
        }
    }

    public static byte[] ToLine(WikiLinguaArticle article)
    {
        ArgumentNullException.ThrowIfNull(article);
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("url", article.Url);
            json.WriteStartObject("article");
            WriteList(json, "section_name", article.Sections.Select(s => s.Name));
            WriteList(json, "document", article.Sections.Select(s => s.Document));
            WriteList(json, "summary", article.Sections.Select(s => s.Summary));
            json.WriteEndObject();
            json.WriteEndObject();
        }

        buffer.Write("\n"u8);
        return buffer.ToArray();
    }

    private static void WriteList(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }
}
