namespace Llama2Validation.Harness.Memory;

/// <summary>One parallel count of a sweep: the GPU prediction and, per GPU class, whether it fits.</summary>
public sealed record MemorySweepRow(int ParallelSequences, MemoryPrediction Prediction, IReadOnlyList<(MemoryClass Class, bool Fits)> Fits);
