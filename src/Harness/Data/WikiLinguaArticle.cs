namespace Llama2Validation.Harness.Data;

/// <summary>
/// One article as WikiLingua's English configuration holds it: a URL and parallel per-section lists,
/// here zipped into sections. The seed summarised only the first section.
/// </summary>
public sealed record WikiLinguaArticle(string Url, IReadOnlyList<WikiLinguaSection> Sections);
