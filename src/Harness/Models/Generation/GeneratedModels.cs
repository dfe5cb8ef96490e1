using Llama2Validation.Harness.Models.Caching;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Generation;

/// <summary>
/// Generated models, made once and kept under .cache/models/ by a name that encodes everything that
/// decides their bytes. Several processes may ask at once (test assemblies run in parallel): one makes
/// the file under a lock, the others wait and reuse it.
/// </summary>
public static class GeneratedModels
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromMinutes(30);

    public static string DefaultFolder => Path.Combine(RepositoryLayout.Current.CacheFolder, "models");

    public static GeneratedModel GetOrCreate(string preset, WeightType weightType, ulong seed = SyntheticModelSpec.DefaultSeed, CancellationToken cancellationToken = default) =>
        GetOrCreate(new SyntheticModelSpec(ModelShapes.Get(preset), weightType, seed), folder: null, cancellationToken);

    public static GeneratedModel GetOrCreate(SyntheticModelSpec spec, string? folder = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var path = Path.Combine(folder ?? DefaultFolder, spec.FileName);
        if (!File.Exists(path))
        {
            using var exclusive = FileLock.Acquire(path + ".lock", LockTimeout, cancellationToken);
            if (!File.Exists(path))
            {
                var written = GgufWriter.Write(SyntheticModelPlanner.Plan(spec), path, cancellationToken);
                FileSha256.Remember(path, written.Sha256);
            }
        }

        return new GeneratedModel(spec, path, new FileInfo(path).Length, FileSha256.Of(path));
    }
}
