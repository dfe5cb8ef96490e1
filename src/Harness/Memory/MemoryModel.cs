namespace Llama2Validation.Harness.Memory;

/// <summary>
/// Predicts the memory a model and context need from the model's tensor table and the context settings,
/// the way llama.cpp sizes its buffers: weights + KV cache + compute buffer (+ the CUDA overhead on a GPU).
/// </summary>
public static class MemoryModel
{
    public static MemoryPrediction Predict(ModelFootprint model, MemoryConfiguration configuration, MemoryTarget target)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = Validate(configuration);
        if (problems.Count > 0)
        {
            throw new ArgumentException(string.Join(" ", problems), nameof(configuration));
        }

        // A second context for long documents holds a KV cache, a compute buffer and logits of its own; the
        // weights and the CUDA context are shared.
        var overflow = configuration.Overflow;
        return new MemoryPrediction
        {
            Target = target,
            Configuration = configuration,
            CellsPerSequence = KvCacheEstimate.CellsPerSequence(configuration),
            TotalCells = KvCacheEstimate.TotalCells(configuration),
            WeightBytes = target == MemoryTarget.Cpu ? model.WeightBytes : WeightPlacement.DeviceBytes(model, target),
            HostWeightBytes = target == MemoryTarget.Cpu ? 0 : WeightPlacement.HostBytes(model, target),
            KvBytes = KvCacheEstimate.Bytes(model, configuration) + (overflow is null ? 0 : KvCacheEstimate.Bytes(model, overflow)),
            ComputeBytes = ContextComputeBytes(model, configuration, target) + (overflow is null ? 0 : ContextComputeBytes(model, overflow, target)),
            // llama.cpp reserves logits for one output per sequence up front (output_reserve(n_seq_max)).
            OutputBytes = (long)model.VocabularySize * (configuration.ParallelSequences + configuration.OverflowSequences) * 4,
            OverheadBytes = DeviceOverhead.Bytes(target),
        };
    }

    private static long ContextComputeBytes(ModelFootprint model, MemoryConfiguration configuration, MemoryTarget target) =>
        ComputeBufferEstimate.Bytes(model, configuration) + QuantizedKvStagingBytes(model, configuration, target);

    /// <summary>
    /// Measured on an H200 (CUDA, llama.cpp b10361, docs/memory.md): with a q8_0 KV cache the CUDA compute
    /// buffer came out 6,146 MiB above the f16-cache estimate, which is what an f16 copy of one layer's K and
    /// V over every cell takes (409,600 cells × 4,096 × 2 bytes × 2 = 6,400 MiB). The CPU backend shows no
    /// such buffer. One configuration measured (7B, 100 × 4,096 cells, ubatch 2048): counted in full, so the
    /// model errs towards predicting out-of-memory rather than a fit that fails.
    /// </summary>
    internal static long QuantizedKvStagingBytes(ModelFootprint model, MemoryConfiguration configuration, MemoryTarget target) =>
        target == MemoryTarget.Gpu && configuration.KvCache != Strategies.KvCacheType.F16
            ? KvCacheEstimate.TotalCells(configuration) * model.KeyValueLength * 2L * 2L
            : 0;

    /// <summary>Every problem with a configuration, at once.</summary>
    public static IReadOnlyList<string> Validate(MemoryConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var problems = new List<string>();
        if (configuration.ContextPerSequence <= 0)
        {
            problems.Add("context per sequence must be positive.");
        }

        if (configuration.ParallelSequences is <= 0 or > 256)
        {
            problems.Add("parallel sequences must be between 1 and 256 (llama.cpp's LLAMA_MAX_SEQ).");
        }

        if (configuration.MicroBatchSize <= 0 || configuration.BatchSize <= 0)
        {
            problems.Add("batch and ubatch sizes must be positive.");
        }

        if (configuration.OverflowSequences < 0 || (configuration.OverflowSequences > 0 && configuration.OverflowContextPerSequence <= configuration.ContextPerSequence))
        {
            problems.Add("overflow slots must be longer than the main context's.");
        }

        if (configuration.KvCache != Strategies.KvCacheType.F16 && !configuration.FlashAttention)
        {
            problems.Add("a quantised V cache needs flash attention (llama.cpp refuses it otherwise).");
        }

        return problems;
    }
}
