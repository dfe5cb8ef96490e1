using System.Globalization;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Memory.Layouts;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Running.Capture;
using Llama2Validation.Harness.Strategies;
using Spectre.Console.Cli;

namespace Llama2Validation.Cli.Commands.MemoryPlanning;

/// <summary>
/// <c>l2v memory</c>: the memory model's prediction for a model and context, broken down as llama.cpp
/// allocates it; with <c>--gpu</c> the largest parallel count that fits a class, with <c>--sweep</c> a
/// batch sweep over every GPU class, with <c>--measure</c> a real load compared with llama.cpp's report (an
/// overflow context included), with <c>--plan</c> the batched layout candidates and the choice for a card.
/// </summary>
internal sealed class MemoryCommand : AsyncCommand<MemorySettings>
{
    public override async Task<int> ExecuteAsync(CommandContext context, MemorySettings settings, CancellationToken cancellationToken)
    {
        if (settings.PlanCardMiB() is { } cardMiB)
        {
            LayoutPrinter.Plan(LayoutPlanner.Plan(cardMiB, settings.PlanWorkload()!, SeedWorkload.GpuModel));
            return 0;
        }

        var weights = WeightTypes.TryParse(settings.Type, out var parsed) ? parsed : WeightType.F16;
        var model = settings.Model is { } path ? ModelFootprint.FromFile(path) : ModelFootprint.FromShape(ModelShapes.Get(settings.Preset), weights);
        var overflow = CountByNumber.Parse(settings.Overflow);
        var configuration = new MemoryConfiguration
        {
            ContextPerSequence = settings.Context ?? model.TrainedContext,
            ParallelSequences = settings.Parallel,
            KvCache = string.Equals(settings.KvType, "q8_0", StringComparison.OrdinalIgnoreCase) ? KvCacheType.Q8_0 : KvCacheType.F16,
            FlashAttention = settings.FlashAttention,
            BatchSize = Math.Max(settings.Batch, settings.Parallel),
            MicroBatchSize = settings.MicroBatch,
            OverflowSequences = overflow?.First ?? 0,
            OverflowContextPerSequence = overflow?.Second ?? 0,
        };
        var problems = MemoryModel.Validate(configuration);
        if (problems.Count > 0)
        {
            Console.Error.WriteLine("error: " + string.Join(" ", problems));
            return 2;
        }

        var target = settings.Cpu ? MemoryTarget.Cpu : MemoryTarget.Gpu;
        var prediction = MemoryModel.Predict(model, configuration, target);
        Console.WriteLine($"{model.Name}: {model.LayerCount} layers × {model.EmbeddingLength} wide, {model.HeadCount} heads ({model.HeadCountKv} KV), n_ff {model.FeedForwardLength}, vocab {model.VocabularySize}, trained context {model.TrainedContext}");
        Console.WriteLine($"configuration: {configuration}");
        MemoryPrinter.Breakdown(prediction);

        if (settings.Gpu is not null && MemoryClasses.Find(settings.Gpu) is { } gpu)
        {
            var spec = configuration.ToSpec("memory", weights);
            var largest = MemoryExpectations.LargestFitting(gpu, model, spec, configuration.ContextPerSequence, Enumerable.Range(1, 256));
            Console.WriteLine(Invariant($"{gpu.Label} ({gpu.TotalMiB} MiB): this configuration {(prediction.FitsIn(gpu.TotalMiB) ? "fits" : "does NOT fit")}; largest parallel count that fits: {largest}"));
        }

        if (settings.Sweep)
        {
            MemoryPrinter.Sweep(MemorySweep.Run(model, configuration, MemorySweep.DefaultCounts));
            Console.WriteLine("docs/s per parallel count: run `l2v run --parallel N` on the GPU (see docs/memory.md).");
        }

        if (settings.Measure)
        {
            var file = settings.Model ?? GeneratedModels.GetOrCreate(settings.Preset, weights, cancellationToken: cancellationToken).Path;
            var measured = await BufferCapture.CaptureAsync(file, configuration, settings.NativeLibrary, cancellationToken).ConfigureAwait(false);
            var cpu = MemoryModel.Predict(model, configuration, settings.NativeLibrary is null ? MemoryTarget.Cpu : target);
            MemoryPrinter.Comparison(cpu, measured);
            return measured.Buffers.IsEmpty ? 1 : 0;
        }

        return 0;
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
