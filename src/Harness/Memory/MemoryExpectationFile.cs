using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// The content of <c>baselines/&lt;class&gt;/memory/&lt;strategy&gt;.&lt;model&gt;.verified.json</c>: for one memory
/// class × strategy × model, the expected outcome at every parallel-sequence count, computed by the memory model.
/// </summary>
public sealed record MemoryExpectationFile
{
    public const int CurrentSchemaVersion = 1;

    public int SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The memory class label: CPU, T4, L4, A100-40GB, A100-80GB, H100, H200.</summary>
    public string MemoryClass { get; init; } = "";

    public long MemoryMiB { get; init; }

    public string Strategy { get; init; } = "";

    /// <summary>The model identity (the generated models' profile: tiny, llama2-7b).</summary>
    public string Model { get; init; } = "";

    public WeightType Weights { get; init; }

    public bool FlashAttention { get; init; }

    public KvCacheType KvCache { get; init; }

    public int MicroBatchSize { get; init; }

    public IReadOnlyList<MemoryExpectationRow> Rows { get; init; } = [];

    /// <summary>How llama.cpp's outcome relates to the seed's (Hugging Face) observations for this case.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
