namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>One input that broke a rule of the reader, with where it was saved (null past the per-kind cap).</summary>
public sealed record GgufFuzzFinding(GgufFuzzFindingKind Kind, long Input, string SeedName, string Description, string? SavedPath);
