namespace Llama2Validation.Tools.GgufFuzzing;

/// <summary>A periodic snapshot of a fuzz run, for a console line.</summary>
public sealed record GgufFuzzProgress(long InputsRun, long Inputs, TimeSpan Elapsed, long Findings);
