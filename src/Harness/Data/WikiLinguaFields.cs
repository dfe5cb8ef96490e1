namespace Llama2Validation.Harness.Data;

/// <summary>Field names of Hugging Face's <c>wiki_lingua</c> English rows, in JSON lines and Parquet alike.</summary>
internal static class WikiLinguaFields
{
    public const string Url = "url";
    public const string Article = "article";
    public const string SectionName = "section_name";
    public const string Document = "document";
    public const string Summary = "summary";
}
