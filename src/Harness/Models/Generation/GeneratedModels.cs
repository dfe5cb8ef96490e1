using System.Globalization;
using System.Security.Cryptography;
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
        var plan = SyntheticModelPlanner.Plan(spec);
        var path = Path.Combine(folder ?? DefaultFolder, FileName(spec, GgufLayout.Compute(plan)));
        if (!File.Exists(path))
        {
            using var exclusive = FileLock.Acquire(path + ".lock", LockTimeout, cancellationToken);
            if (!File.Exists(path))
            {
                var written = GgufWriter.Write(plan, path, cancellationToken);
                FileSha256.Remember(path, written.Sha256);
            }
        }

        return new GeneratedModel(spec, path, new FileInfo(path).Length, FileSha256.Of(path));
    }

    /// <summary>
    /// Name, seed and a fingerprint of the header: it holds the shape, vocabulary, metadata (with the
    /// generator version) and tensor table, so any change to them gives a new file instead of a stale one.
    /// </summary>
    public static string FileName(SyntheticModelSpec spec, GgufLayout layout)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(layout);
        var fingerprint = Convert.ToHexStringLower(SHA256.HashData(layout.Header.Span))[..12];
        return string.Create(CultureInfo.InvariantCulture, $"{spec.ModelName}-seed{spec.Seed}-{fingerprint}.gguf");
    }
}
