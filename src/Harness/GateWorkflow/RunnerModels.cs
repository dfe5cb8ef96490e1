using System.Diagnostics;
using System.Globalization;
using Llama2Validation.Harness.Models.Caching;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Gguf;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>
/// The Llama-2-7B-shaped GGUFs a GPU runner gates on: generated on the runner itself (no weights are
/// downloaded; speed and memory depend on shapes and types, not on weight values), once per folder.
/// </summary>
public static class RunnerModels
{
    public static IReadOnlyList<WeightType> Types { get; } = [WeightType.F16, WeightType.Q8_0, WeightType.Q4_0];

    public static string PathOf(string folder, WeightType weights) =>
        Path.Combine(folder, $"llama2-7b-{weights.ToString().ToLowerInvariant()}.gguf");

    /// <summary>Every type's path, writing the ones missing (F16 13.5 GB, Q8_0 7.2 GB, Q4_0 3.8 GB).</summary>
    public static IReadOnlyDictionary<WeightType, string> Ensure(string folder, Action<string> report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        Directory.CreateDirectory(folder);
        var paths = new Dictionary<WeightType, string>();
        foreach (var weights in Types)
        {
            var path = PathOf(folder, weights);
            if (!File.Exists(path))
            {
                var stopwatch = Stopwatch.StartNew();
                var written = GgufWriter.Write(SyntheticModelPlanner.Plan(new SyntheticModelSpec(ModelShapes.Llama2_7B, weights)), path, cancellationToken);
                FileSha256.Remember(written.Path, written.Sha256);
                report(string.Create(CultureInfo.InvariantCulture, $"generated {path} ({written.SizeBytes / 1e9:F1} GB) in {stopwatch.Elapsed.TotalSeconds:F0} s"));
            }

            paths[weights] = path;
        }

        return paths;
    }
}
