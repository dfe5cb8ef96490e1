namespace Llama2Validation.Harness.Memory.Layouts;

/// <summary>
/// What a batched layout must hold: every document's prompt (tokens a slot holds before generating), the
/// tokens each generates, and the cells an overflow slot gets. Only the lengths decide where a layout can
/// split its slots, so a bound stands in for documents whose exact length does not matter.
/// </summary>
public sealed record LayoutWorkload(string Name, IReadOnlyList<int> PromptTokens, int NewTokens, int OverflowCells)
{
    /// <summary>
    /// The seed's W100: its five long documents (1,307 to 3,583 tokens), the other 95 at most 978, each with
    /// the prompt suffix and BOS, and the seed's typical 110 new tokens. Overflow slots get the cells the seed's
    /// longest document needs under its 300-token cap (4,096), as the H200's approved layout has them.
    /// </summary>
    public static LayoutWorkload W100 { get; } = new(
        "W100",
        [
            .. SeedWorkload.LongDocumentTokens.Select(Prompt),
            .. Enumerable.Repeat(Prompt(SeedWorkload.LongestShortDocumentTokens), SeedWorkload.Documents - SeedWorkload.LongDocumentTokens.Count),
        ],
        SeedWorkload.TypicalNewTokens,
        SeedWorkload.ContextFor(SeedWorkload.GpuModel));

    /// <summary>The peers' uniform workload: 100 prompts of 529 tokens (docs/gpu.md), 110 new tokens each.</summary>
    public static LayoutWorkload Uniform { get; } = new("uniform", [.. Enumerable.Repeat(529, 100)], SeedWorkload.TypicalNewTokens, SeedWorkload.ContextFor(SeedWorkload.GpuModel));

    public int Documents => PromptTokens.Count;

    /// <summary>Cells a slot needs to hold a prompt of <paramref name="promptTokens"/> and the new tokens, padded as llama.cpp pads.</summary>
    public int CellsFor(int promptTokens) => ContextCells.Padded(promptTokens + NewTokens);

    /// <summary>
    /// Where main slots can end: at each distinct prompt length, longest first. A split at a length sends
    /// the longer documents to overflow slots; the longest length is one context with no overflow.
    /// </summary>
    public IReadOnlyList<LayoutSplit> Splits() =>
        [.. PromptTokens.Distinct().OrderDescending()
            .Select(longest => new LayoutSplit(CellsFor(longest), PromptTokens.Count(p => p <= longest), PromptTokens.Count(p => p > longest)))
            .Where(split => split.OverflowDocuments == 0 || split.MainCells < OverflowCells)];

    private static int Prompt(int documentTokens) => documentTokens + SeedWorkload.PromptSuffixTokens + 1;
}
