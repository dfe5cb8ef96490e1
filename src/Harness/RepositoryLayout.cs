namespace Llama2Validation.Harness;

/// <summary>
/// Where the suite's folders are: the checkout holding <c>Llama2Validation.sln</c> (found by walking up
/// from the working directory, then from the binaries), or <c>LLAMA2VALIDATION_ROOT</c> for published
/// copies that run outside a checkout.
/// </summary>
public sealed record RepositoryLayout(string Root)
{
    public const string RootVariable = "LLAMA2VALIDATION_ROOT";

    public const string SeedReferenceVariable = "LLAMA2VALIDATION_SEED_REFERENCE";

    private const string SolutionFile = "Llama2Validation.sln";

    private static readonly Lazy<RepositoryLayout> Discovered = new(Discover);

    /// <summary>The layout of the checkout this process runs in.</summary>
    public static RepositoryLayout Current => Discovered.Value;

    public string DataFolder => Path.Combine(Root, "data");

    public string BaselinesFolder => Path.Combine(Root, "baselines");

    /// <summary>Trained models committed with the code (the generated ones live in the cache).</summary>
    public string ModelsFolder => Path.Combine(Root, "models");

    /// <summary>Generated models, derived quantisations and cached runs (git-ignored).</summary>
    public string CacheFolder => Path.Combine(Root, ".cache");

    /// <summary>Results and reports of CLI runs (git-ignored).</summary>
    public string ArtifactsFolder => Path.Combine(Root, "artifacts");

    /// <summary>
    /// The seed's published outputs (never copied into the project): <c>../shared/seed-reference</c>
    /// beside the checkout, or <c>LLAMA2VALIDATION_SEED_REFERENCE</c>; null when absent, and tests skip.
    /// </summary>
    public string? SeedReferenceFolder
    {
        get
        {
            var configured = System.Environment.GetEnvironmentVariable(SeedReferenceVariable);
            var candidate = string.IsNullOrWhiteSpace(configured)
                ? Path.GetFullPath(Path.Combine(Root, "..", "shared", "seed-reference"))
                : Path.GetFullPath(configured);
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    private static RepositoryLayout Discover()
    {
        var configured = System.Environment.GetEnvironmentVariable(RootVariable);
        if (!string.IsNullOrWhiteSpace(configured))
        {
            return new RepositoryLayout(Path.GetFullPath(configured));
        }

        var found = FindUpwards(Directory.GetCurrentDirectory()) ?? FindUpwards(AppContext.BaseDirectory);
        return new RepositoryLayout(found ?? Directory.GetCurrentDirectory());
    }

    private static string? FindUpwards(string start)
    {
        for (var folder = new DirectoryInfo(start); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, SolutionFile)))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
