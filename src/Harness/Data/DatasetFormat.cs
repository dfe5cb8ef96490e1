namespace Llama2Validation.Harness.Data;

/// <summary>The on-disk shapes the loaders read; chosen from the file or given explicitly.</summary>
public enum DatasetFormat
{
    /// <summary>Hugging Face <c>wiki_lingua</c> (config <c>english</c>) rows as JSON lines: <c>url</c> + <c>article</c>.</summary>
    WikiLinguaJsonl,

    /// <summary>The same rows as Hugging Face's Parquet export: <c>article</c> is a struct of three string lists.</summary>
    WikiLinguaParquet,

    /// <summary>GEM's <c>wiki_lingua</c> rows as JSON lines: <c>gem_id</c>, <c>source</c>, <c>target</c>, <c>references</c>.</summary>
    GemJsonl,
}
