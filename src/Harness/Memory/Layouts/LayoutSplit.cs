namespace Llama2Validation.Harness.Memory.Layouts;

/// <summary>Main slots of <see cref="MainCells"/> for the documents that fit them; the others need an overflow slot each.</summary>
public sealed record LayoutSplit(int MainCells, int MainDocuments, int OverflowDocuments);
