using Llama2Validation.Harness.Models.Shapes;

namespace Llama2Validation.Harness.Memory;

/// <summary>
/// What one sequence slot must hold for the seed's workload: its longest document (3,583 Llama-2 tokens,
/// ../seed-reference/doc_tokens.tsv) + the prompt suffix (14) + BOS (1) + at most 300 new tokens = 3,898
/// cells, which llama.cpp pads to 4,096: Llama-2's whole training context per sequence.
/// </summary>
public static class SeedWorkload
{
    public const int LongestDocumentTokens = 3583;

    public const int PromptSuffixTokens = 14;

    public const int MaxNewTokens = 300;

    /// <summary>
    /// How long the seed's summaries were: about 110 tokens (its vLLM runs). The seed's "W100" speed figures
    /// generate this many for every document, so they time the workload rather than when a model stops.
    /// </summary>
    public const int TypicalNewTokens = 110;

    public const int CellsNeeded = LongestDocumentTokens + PromptSuffixTokens + 1 + MaxNewTokens;

    /// <summary>
    /// The seed's documents longer than <see cref="LongestShortDocumentTokens"/>: 5 of its 100 (1,307, 1,494,
    /// 1,596, 1,909 and 3,583 tokens). A batched GPU gate gives its main slots room for the other 95 and these
    /// five slots of their own, rather than giving all hundred slots the longest document's cells.
    /// </summary>
    public const int LongDocuments = 5;

    /// <summary>The five long documents' lengths (tokens), from ../seed-reference/doc_tokens.tsv.</summary>
    public static IReadOnlyList<int> LongDocumentTokens { get; } = [3583, 1909, 1596, 1494, 1307];

    /// <summary>The seed's documents (W100).</summary>
    public const int Documents = 100;

    /// <summary>The longest of the seed's other 95 documents (tokens).</summary>
    public const int LongestShortDocumentTokens = 978;

    /// <summary>Cells per main slot that hold every short document's prompt and <paramref name="newTokens"/>, padded as llama.cpp pads.</summary>
    public static int ShortDocumentCells(int newTokens) => (LongestShortDocumentTokens + PromptSuffixTokens + 1 + newTokens + 255) / 256 * 256;

    /// <summary>The parallel-sequence counts expectations are kept for.</summary>
    public static IReadOnlyList<int> ParallelCounts { get; } = [1, 2, 4, 8, 16, 32, 64, 100];

    /// <summary>The model whose expectations are kept for the GPU classes.</summary>
    public static ModelShape GpuModel => ModelShapes.Llama2_7B;

    /// <summary>The CPU class's expectations are for the tiny model, with its whole context per sequence.</summary>
    public static ModelShape CpuModel => ModelShapes.Tiny;

    public static ModelShape ModelFor(MemoryClass memoryClass) =>
        memoryClass?.Target == MemoryTarget.Cpu ? CpuModel : GpuModel;

    /// <summary>Cells per sequence for a model: the seed's need, within the model's context.</summary>
    public static int ContextFor(ModelShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        return Math.Min(shape.ContextLength, (CellsNeeded + 255) / 256 * 256);
    }
}
