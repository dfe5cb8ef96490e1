using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Running.Capture;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Memory;

/// <summary>
/// The memory model against llama.cpp's own report of a real load (weights, KV cache, compute buffer),
/// through the worker: the tiny model across context shapes, and a generated 337 MB model.
/// </summary>
public sealed class ReportedBufferValidationTests
{
    /// <summary>8 layers × 1024 wide with Llama's vocabulary: 321 MiB in f16, where the 7B's proportions start to show.</summary>
    private static readonly ModelShape Medium = new("medium", 8, 1024, 2816, 16, 16, 32000, 2048, 1e-5f, 10000f);

    public static TheoryData<string, int, int, bool, int, KvCacheType> Loads() => new()
    {
        { "tiny", 1024, 1, false, 512, KvCacheType.F16 },
        { "tiny", 1024, 1, true, 512, KvCacheType.F16 },
        { "tiny", 1000, 3, false, 512, KvCacheType.F16 },
        { "tiny", 2048, 8, false, 256, KvCacheType.F16 },
        { "tiny", 1024, 16, true, 128, KvCacheType.Q8_0 },
        { "medium", 2048, 1, false, 512, KvCacheType.F16 },
        { "medium", 2048, 2, true, 256, KvCacheType.F16 },
    };

    [Theory]
    [MemberData(nameof(Loads))]
    public async Task Weights_kv_and_compute_are_within_5_percent_of_what_llama_cpp_reports(
        string model, int context, int sequences, bool flashAttention, int ubatch, KvCacheType kv)
    {
        var token = TestContext.Current.CancellationToken;
        var file = model == "tiny"
            ? GeneratedModels.GetOrCreate("tiny", WeightType.F16, cancellationToken: token)
            : GeneratedModels.GetOrCreate(new SyntheticModelSpec(Medium, WeightType.F16), cancellationToken: token);
        var configuration = new MemoryConfiguration
        {
            ContextPerSequence = context,
            ParallelSequences = sequences,
            FlashAttention = flashAttention,
            MicroBatchSize = ubatch,
            KvCache = kv,
        };

        var measured = await BufferCapture.CaptureAsync(file.Path, configuration, cancellationToken: token);
        var predicted = MemoryModel.Predict(ModelFootprint.FromFile(file.Path), configuration, MemoryTarget.Cpu);

        measured.Outcome.Should().Be(RunOutcome.Completed, measured.FailureDetail);
        Within5Percent(MemorySizes.ToMiB(predicted.WeightBytes), measured.Buffers.MiB(BufferKind.Model), "weights");
        Within5Percent(MemorySizes.ToMiB(predicted.KvBytes), measured.Buffers.MiB(BufferKind.KvCache), "KV cache");
        Within5Percent(MemorySizes.ToMiB(predicted.ComputeBytes), measured.Buffers.MiB(BufferKind.Compute), "compute buffer");
    }

    [Fact]
    public async Task An_overflow_context_is_loaded_and_counted_within_5_percent()
    {
        var token = TestContext.Current.CancellationToken;
        var file = GeneratedModels.GetOrCreate("tiny", WeightType.F16, cancellationToken: token);
        var configuration = new MemoryConfiguration
        {
            ContextPerSequence = 256,
            ParallelSequences = 4,
            FlashAttention = true,
            MicroBatchSize = 256,
            KvCache = KvCacheType.Q8_0,
            OverflowSequences = 2,
            OverflowContextPerSequence = 1024,
        };

        var measured = await BufferCapture.CaptureAsync(file.Path, configuration, cancellationToken: token);
        var predicted = MemoryModel.Predict(ModelFootprint.FromFile(file.Path), configuration, MemoryTarget.Cpu);

        measured.Outcome.Should().Be(RunOutcome.Completed, measured.FailureDetail);
        measured.Buffers.Buffers.Count(b => b.Kind == BufferKind.KvCache).Should().Be(2, "the main and the overflow context each report a KV cache");
        Within5Percent(MemorySizes.ToMiB(predicted.KvBytes), measured.Buffers.MiB(BufferKind.KvCache), "KV cache");
        Within5Percent(MemorySizes.ToMiB(predicted.ComputeBytes), measured.Buffers.MiB(BufferKind.Compute), "compute buffer");
    }

    private static void Within5Percent(double predictedMiB, double reportedMiB, string what)
    {
        reportedMiB.Should().BePositive($"llama.cpp reports its {what}");
        predictedMiB.Should().BeApproximately(reportedMiB, reportedMiB * 0.05, $"the {what} prediction must be within 5% of llama.cpp's report");
    }
}
