using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Quantization;

/// <summary>A model derived by llama.cpp's quantizer, with the F16 file it came from.</summary>
public sealed record QuantizedModel(string SourcePath, string SourceSha256, WeightType WeightType, string Path, long SizeBytes, string Sha256);
