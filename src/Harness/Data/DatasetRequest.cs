namespace Llama2Validation.Harness.Data;

/// <summary>
/// Which examples a run wants, as data: a named dataset (<see cref="DatasetCatalog.Names"/>) or a path
/// to a WikiLingua/GEM file, optionally narrowed and ordered by a manifest. Paths are resolved at run
/// time, so the seed's files are read where they lie and never copied into the project.
/// </summary>
public sealed record DatasetRequest
{
    /// <summary>A catalog name (<c>sample</c>, <c>smoke</c>, <c>w100</c>, <c>uniform</c>) or a dataset file path.</summary>
    public required string Dataset { get; init; }

    /// <summary>Selects and orders documents; for <c>sample</c>/<c>smoke</c> it replaces their own manifest.</summary>
    public string? ManifestPath { get; init; }

    /// <summary>Overrides format detection for dataset files.</summary>
    public DatasetFormat? Format { get; init; }

    /// <summary>For <c>w100</c>: the seed's <c>doc_tokens.tsv</c>; defaults to the seed reference folder's copy.</summary>
    public string? DocumentTokensPath { get; init; }

    public int UniformCount { get; init; } = SyntheticWorkloads.UniformDefaultCount;

    /// <summary>Prompt tokens per uniform document, BOS included.</summary>
    public int UniformPromptTokens { get; init; } = SyntheticWorkloads.UniformDefaultPromptTokens;
}
