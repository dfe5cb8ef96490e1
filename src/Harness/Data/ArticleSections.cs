using System.Globalization;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// Zips WikiLingua's parallel per-section lists into sections; one rule for JSON lines and Parquet.
/// Lists of different lengths would pair a document with another section's summary, so they are a problem.
/// </summary>
internal static class ArticleSections
{
    public static RowOutcome Zip(
        string url,
        IReadOnlyList<string> names,
        IReadOnlyList<string> documents,
        IReadOnlyList<string> summaries)
    {
        if (names.Count != documents.Count || documents.Count != summaries.Count)
        {
            return RowOutcome.Failed(string.Create(
                CultureInfo.InvariantCulture,
                $"article lists differ in length: section_name {names.Count}, document {documents.Count}, summary {summaries.Count}"));
        }

        var sections = new WikiLinguaSection[documents.Count];
        for (var i = 0; i < sections.Length; i++)
        {
            sections[i] = new WikiLinguaSection(names[i], documents[i], summaries[i]);
        }

        return RowOutcome.Loaded(new WikiLinguaArticle(url, sections));
    }
}
