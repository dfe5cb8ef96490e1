namespace Llama2Validation.Harness.Models.Generation;

/// <summary>One tensor of weights.bin: GGUF name, ggml dimensions (row length first), type f16 or f32, byte range.</summary>
public sealed record TrainedTensor(string Name, IReadOnlyList<long> Dims, string Type, long Offset, long Bytes);
