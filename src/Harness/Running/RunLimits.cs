using System.Globalization;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Running;

/// <summary>
/// What a run may ask of llama.cpp, decided before any native code runs: past these limits llama.cpp
/// aborts, crashes, or allocates until the kernel's OOM killer picks a process (perhaps a neighbour's on
/// a shared runner), so such a run is refused with the numbers instead of started.
/// </summary>
public static class RunLimits
{
    /// <summary>llama.cpp b10361's LLAMA_MAX_SEQ: a context holds at most this many sequences; more fails context creation.</summary>
    public const int MaxSequences = 256;

    /// <summary>Each problem with <paramref name="spec"/> on this host, naming the strategy; empty when it may run.</summary>
    /// <param name="spec">What would run.</param>
    /// <param name="modelPath">The GGUF it would load (already validated; an unreadable one is left to the loader's own message).</param>
    /// <param name="host">This machine's memory; null where /proc/meminfo is absent.</param>
    /// <param name="hostHoldsEverything">True on a CPU run: weights, KV cache and compute buffers all live in host memory.</param>
    public static IReadOnlyList<string> Problems(StrategySpec spec, string modelPath, HostMemory? host, bool hostHoldsEverything)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var problems = new List<string>();
        foreach (var (what, sequences) in new[] { ("parallel sequences", spec.ParallelSequences), ("overflow sequences", spec.OverflowSequences) })
        {
            if (sequences > MaxSequences)
            {
                problems.Add(Say($"{spec.Name}: {sequences} {what}; llama.cpp holds at most {MaxSequences} in one context"));
            }
        }

        // The memory model itself refuses more sequences than llama.cpp holds: those are named above.
        if (problems.Count > 0 || Footprint(modelPath) is not { } model)
        {
            return problems;
        }

        var prediction = MemoryModel.Predict(model, MemoryConfiguration.For(spec, model.TrainedContext), MemoryTarget.Cpu);
        if (prediction.TotalCells > uint.MaxValue)
        {
            problems.Add(Say($"{spec.Name}: {prediction.TotalCells:N0} context cells; llama.cpp counts a context's cells in 32 bits"));
        }
        else if (hostHoldsEverything && host is not null && prediction.TotalBytes > host.CommitLimitBytes)
        {
            problems.Add(Say(
                $"{spec.Name}: {prediction.TotalCells:N0} context cells need {Gib(prediction.TotalBytes)} GiB by the memory model, more than this machine's {Gib(host.TotalBytes)} GiB RAM + {Gib(host.SwapBytes)} GiB swap; ask for a smaller context (--context) or fewer sequences"));
        }

        // llama.cpp quietly uses min(n_batch, n_ctx): a batch beyond both the context and the default would be recorded but never used.
        var defaultBatch = StrategyCatalog.Default.BatchSize;
        if (spec.BatchSize > Math.Max(defaultBatch, prediction.TotalCells))
        {
            problems.Add(Say($"{spec.Name}: a batch of {spec.BatchSize:N0} tokens exceeds the context's {prediction.TotalCells:N0} cells; llama.cpp would use {prediction.TotalCells:N0}"));
        }

        return problems;
    }

    private static ModelFootprint? Footprint(string modelPath)
    {
        try
        {
            return File.Exists(modelPath) ? ModelFootprint.FromFile(modelPath) : null;
        }
        catch (Exception e) when (e is IOException or InvalidDataException or Models.Gguf.GgufValidationException or KeyNotFoundException or InvalidOperationException)
        {
            return null;
        }
    }

    private static string Gib(long bytes) => (bytes / (double)MemorySizes.GiB).ToString("0.0", CultureInfo.InvariantCulture);

    private static string Say(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
