using System.Globalization;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Memory;

/// <summary>
/// The memory model against the GPU: NVML's peak for a run that fit, compared with the prediction. The
/// model may over-predict (a fit is then only safer), but must not under-predict by more than
/// <see cref="UnderPredictionAllowed"/>: a configuration predicted to fit near the card's limit would then
/// run out of memory on the runner. Every measured row is kept in TestResults/l2v/memory-CLASS.tsv for
/// docs/memory.md's table.
/// </summary>
public static class MeasuredGpuMemory
{
    public const double UnderPredictionAllowed = 0.05;

    private static readonly Lock FileLock = new();

    public static void Judge(RunResult run, string strategy, MemoryExpectationRow expected)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(expected);
        run.PeakGpuMemoryBytes.Should().NotBeNull("a run on a GPU is measured through NVML (libnvidia-ml.so.1 ships with the driver)");
        var measuredMiB = run.PeakGpuMemoryBytes!.Value / (1024.0 * 1024.0);
        Keep(run, strategy, expected, measuredMiB);
        measuredMiB.Should().BeLessThanOrEqualTo(
            expected.PredictedMiB * (1 + UnderPredictionAllowed),
            $"the memory model predicted {expected.PredictedMiB} MiB for {strategy} × {expected.ParallelSequences} ({expected.Note}); NVML measured {measuredMiB:0} MiB, llama.cpp reported {Reported(run)}");
    }

    private static string Reported(RunResult run) => run.DeviceBuffers is { } b
        ? string.Create(CultureInfo.InvariantCulture, $"weights {b.ModelMiB:0} + KV {b.KvCacheMiB:0} + compute {b.ComputeMiB:0} MiB")
        : "no device buffers";

    private static void Keep(RunResult run, string strategy, MemoryExpectationRow expected, double measuredMiB)
    {
        var path = Path.Combine(SuiteRuns.OutputFolder, $"memory-{run.Metadata.HardwareClass}.tsv");
        var buffers = run.DeviceBuffers;
        var line = string.Create(
            CultureInfo.InvariantCulture,
            $"{strategy}\t{expected.ParallelSequences}\t{expected.ContextPerSequence}\t{expected.PredictedMiB}\t{measuredMiB:0}\t{(measuredMiB - expected.PredictedMiB) / expected.PredictedMiB:+0.0%;-0.0%}\t{expected.WeightsMiB}\t{expected.KvCacheMiB}\t{expected.ComputeMiB}\t{expected.OverheadMiB}\t{buffers?.ModelMiB:0}\t{buffers?.KvCacheMiB:0}\t{buffers?.ComputeMiB:0}");
        lock (FileLock)
        {
            if (!File.Exists(path))
            {
                File.WriteAllText(path, "strategy\tparallel\tcells\tpredictedMiB\tmeasuredMiB\tdifference\tpredWeights\tpredKv\tpredCompute\tpredCuda\tllamaWeights\tllamaKv\tllamaCompute\n");
            }

            File.AppendAllText(path, line + "\n");
        }
    }
}
