using System.Globalization;
using System.Text.Json;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// Builds the expected outcomes the memory model predicts for a class × strategy (the seed workload's
/// context per sequence, every parallel count) and names the verified file they are approved into.
/// </summary>
public static class MemoryExpectations
{
    public static MemoryExpectationFile Build(MemoryClass memoryClass, StrategySpec strategy)
    {
        ArgumentNullException.ThrowIfNull(memoryClass);
        ArgumentNullException.ThrowIfNull(strategy);
        var shape = SeedWorkload.ModelFor(memoryClass);
        var model = ModelFootprint.FromShape(shape, strategy.Weights);
        var context = SeedWorkload.ContextFor(shape);
        var rows = SeedWorkload.ParallelCounts
            .Select(parallel => Row(memoryClass, model, Spec(strategy, parallel, context), shape.ContextLength))
            .ToList();
        return new MemoryExpectationFile
        {
            MemoryClass = memoryClass.Label,
            MemoryMiB = memoryClass.TotalMiB,
            Strategy = strategy.Name,
            Model = shape.Name,
            Weights = strategy.Weights,
            FlashAttention = strategy.FlashAttention,
            KvCache = strategy.KvCache,
            MicroBatchSize = strategy.MicroBatchSize,
            Rows = rows,
            Notes = SeedComparison.Notes(memoryClass, strategy, rows),
        };
    }

    /// <summary>The strategy as the expectations' rows run it: this many sequences, this context each.</summary>
    public static StrategySpec Spec(StrategySpec strategy, int parallelSequences, int contextPerSequence)
    {
        ArgumentNullException.ThrowIfNull(strategy);
        return strategy with { ParallelSequences = parallelSequences, ContextPerSequence = contextPerSequence };
    }

    public static ApprovalKey Key(MemoryClass memoryClass, StrategySpec strategy)
    {
        ArgumentNullException.ThrowIfNull(memoryClass);
        ArgumentNullException.ThrowIfNull(strategy);
        return new ApprovalKey(ApprovalKind.Memory, new RunKey(memoryClass.Label, strategy.Name, SeedWorkload.ModelFor(memoryClass).Name));
    }

    public static string Format(MemoryExpectationFile file) => JsonSerializer.Serialize(file, HarnessJson.Options) + "\n";

    public static MemoryExpectationFile? Parse(string json) => JsonSerializer.Deserialize<MemoryExpectationFile>(json, HarnessJson.Options);

    /// <summary>The baselines' view (for <see cref="Baselines.Checking.MemoryOutcomeValidator"/>): one entry carrying every row's outcome.</summary>
    public static BaselineEntry ToBaselineEntry(MemoryExpectationFile file, string hardwareClass)
    {
        ArgumentNullException.ThrowIfNull(file);
        return new BaselineEntry
        {
            HardwareClass = hardwareClass,
            Strategy = file.Strategy,
            Model = file.Model,
            Memory = [.. file.Rows.Select(r => r.ToExpectedOutcome())],
        };
    }

    private static MemoryExpectationRow Row(MemoryClass memoryClass, ModelFootprint model, StrategySpec spec, int trainedContext)
    {
        var prediction = MemoryModel.Predict(model, MemoryConfiguration.For(spec, trainedContext), memoryClass.Target);
        var fits = prediction.FitsIn(memoryClass.TotalMiB);
        var headroom = memoryClass.TotalMiB - prediction.TotalMiB;
        return new MemoryExpectationRow
        {
            ParallelSequences = spec.ParallelSequences,
            ContextPerSequence = spec.ContextPerSequence ?? trainedContext,
            Expected = fits ? MemoryExpectation.Fits : MemoryExpectation.OutOfMemory,
            PredictedMiB = prediction.TotalMiB,
            WeightsMiB = MemorySizes.CeilingMiB(prediction.WeightBytes),
            KvCacheMiB = MemorySizes.CeilingMiB(prediction.KvBytes),
            ComputeMiB = MemorySizes.CeilingMiB(prediction.ComputeBytes),
            OverheadMiB = MemorySizes.CeilingMiB(prediction.OverheadBytes),
            HeadroomMiB = headroom,
            Note = string.Create(CultureInfo.InvariantCulture, $"predicted {prediction.TotalMiB} MiB {(fits ? "≤" : ">")} {memoryClass.TotalMiB} MiB")
                + $" ({Describe(prediction)})",
        };
    }

    internal static string Describe(MemoryPrediction prediction) => string.Create(
        CultureInfo.InvariantCulture,
        $"weights {MemorySizes.CeilingMiB(prediction.WeightBytes)} + KV {MemorySizes.CeilingMiB(prediction.KvBytes)} + compute {MemorySizes.CeilingMiB(prediction.ComputeBytes)}")
        + (prediction.OverheadBytes > 0 ? string.Create(CultureInfo.InvariantCulture, $" + CUDA {MemorySizes.CeilingMiB(prediction.OverheadBytes)}") : "");

    /// <summary>The largest parallel count among <paramref name="candidates"/> whose prediction fits, or 0.</summary>
    public static int LargestFitting(MemoryClass memoryClass, ModelFootprint model, StrategySpec strategy, int contextPerSequence, IEnumerable<int> candidates)
    {
        ArgumentNullException.ThrowIfNull(memoryClass);
        return candidates
            .Where(n => MemoryModel.Predict(model, MemoryConfiguration.For(Spec(strategy, n, contextPerSequence), model.TrainedContext), memoryClass.Target).FitsIn(memoryClass.TotalMiB))
            .DefaultIfEmpty(0)
            .Max();
    }

    internal static ModelShape ShapeOf(MemoryClass memoryClass) => SeedWorkload.ModelFor(memoryClass);
}
