using System.Globalization;

namespace Llama2Validation.Harness.Data;

/// <summary>
/// Named datasets and the one way every request becomes a <see cref="PreparedDataset"/>:
/// <c>sample</c> (the project's hand-written articles and a slice of the generated held-out split, so the
/// trained summariser's ROUGE means something), <c>smoke</c> (four short hand-written articles), <c>w100</c> (the seed's
/// 100 real document lengths, synthetic) and <c>uniform</c> (N equal prompts, synthetic); anything else is a file path.
/// </summary>
public static class DatasetCatalog
{
    public const string Sample = "sample";
    public const string Smoke = "smoke";
    public const string W100 = "w100";
    public const string Uniform = "uniform";

    public const string SampleCorpusFile = "sample-corpus.jsonl";

    /// <summary>The first articles of the generated corpus's held-out split (`l2v corpus`), which the summariser never saw.</summary>
    public const string GeneratedHeldOutFile = "generated-heldout.jsonl";
    public const string SampleManifestFile = "sample-manifest.txt";
    public const string SmokeManifestFile = "smoke-manifest.txt";
    public const string DocumentTokensFile = "doc_tokens.tsv";

    public static IReadOnlyList<string> Names { get; } = [Sample, Smoke, W100, Uniform];

    public static async Task<PreparedDataset> PrepareAsync(DatasetRequest request, RepositoryLayout layout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(layout);
        return request.Dataset.ToUpperInvariant() switch
        {
            "SAMPLE" => await FromFileAsync(Sample, [Path.Combine(layout.DataFolder, SampleCorpusFile), Path.Combine(layout.DataFolder, GeneratedHeldOutFile)], request.ManifestPath ?? Path.Combine(layout.DataFolder, SampleManifestFile), request.Format, cancellationToken).ConfigureAwait(false),
            "SMOKE" => await FromFileAsync(Smoke, [Path.Combine(layout.DataFolder, SampleCorpusFile)], request.ManifestPath ?? Path.Combine(layout.DataFolder, SmokeManifestFile), request.Format, cancellationToken).ConfigureAwait(false),
            "W100" => FromDocumentTokens(request, layout),
            "UNIFORM" => FromUniform(request),
            _ => await FromFileAsync(Path.GetFileNameWithoutExtension(request.Dataset), [request.Dataset], request.ManifestPath, request.Format, cancellationToken).ConfigureAwait(false),
        };
    }

    private static async Task<PreparedDataset> FromFileAsync(string name, IReadOnlyList<string> paths, string? manifestPath, DatasetFormat? format, CancellationToken cancellationToken)
    {
        var problems = new List<DatasetProblem>();
        var loadedArticles = new List<WikiLinguaArticle>();
        var descriptions = new List<string>();
        foreach (var path in paths)
        {
            var loaded = await DatasetLoader.LoadAsync(path, format, cancellationToken).ConfigureAwait(false);
            problems.AddRange(loaded.Problems);
            loadedArticles.AddRange(loaded.Articles);
            descriptions.Add($"{loaded.Path} ({loaded.Format})");
        }

        IReadOnlyList<WikiLinguaArticle> articles = loadedArticles;
        IReadOnlyList<string> missing = [];
        var description = string.Join(" + ", descriptions);
        if (manifestPath is not null)
        {
            var manifest = Manifest.Load(manifestPath);
            problems.AddRange(manifest.Problems);
            var selection = ManifestSelection.Select(articles, article => article.Url, manifest);
            (articles, missing) = (selection.Items, selection.MissingIds);
            description += $", manifest {manifest.Source}";
        }

        // Examples are built after selection so that unselected articles of a large file raise no problems.
        var built = ExampleBuilder.Build(articles);
        problems.AddRange(built.Problems);
        return new PreparedDataset(name, description, built.Examples, problems, missing);
    }

    private static PreparedDataset FromDocumentTokens(DatasetRequest request, RepositoryLayout layout)
    {
        var path = request.DocumentTokensPath
            ?? (layout.SeedReferenceFolder is { } seed ? Path.Combine(seed, DocumentTokensFile) : null)
            ?? throw new FileNotFoundException(
                $"The {W100} workload needs the seed's {DocumentTokensFile}: give its path, or set {RepositoryLayout.SeedReferenceVariable} to the seed reference folder.");
        var built = SyntheticWorkloads.FromDocumentTokens(path);
        var problems = new List<DatasetProblem>(built.Problems);
        var examples = built.Examples;
        IReadOnlyList<string> missing = [];
        var description = $"{Path.GetFullPath(path)} (document tokens + {SyntheticWorkloads.PromptSuffixTokens} suffix tokens, BOS included)";
        if (request.ManifestPath is not null)
        {
            var manifest = Manifest.Load(request.ManifestPath);
            problems.AddRange(manifest.Problems);
            var selection = ManifestSelection.Select(examples, example => example.Id, manifest);
            (examples, missing) = (selection.Items, selection.MissingIds);
            description += $", manifest {manifest.Source}";
        }

        return new PreparedDataset(W100, description, examples, problems, missing);
    }

    private static PreparedDataset FromUniform(DatasetRequest request)
    {
        if (request.ManifestPath is not null)
        {
            throw new ArgumentException($"The {Uniform} workload has no ids to select; drop the manifest.");
        }

        var examples = SyntheticWorkloads.Uniform(request.UniformCount, request.UniformPromptTokens);
        var name = string.Create(CultureInfo.InvariantCulture, $"{Uniform}-{request.UniformCount}x{request.UniformPromptTokens}");
        var description = string.Create(CultureInfo.InvariantCulture, $"{request.UniformCount} prompts of {request.UniformPromptTokens} tokens (BOS included)");
        return new PreparedDataset(name, description, examples, [], []);
    }
}
