using Llama2Validation.Harness.Native;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Harness.Models.Quantization;

/// <summary>A model derived by llama.cpp's quantizer, with the F16 file it came from.</summary>
public sealed record QuantizedModel(string SourcePath, string SourceSha256, WeightType WeightType, string Path, long SizeBytes, string Sha256)
{
    /// <summary>The native library the worker quantised with; null when the variant came from the cache.</summary>
    public NativeLibraryInfo? QuantizedBy { get; init; }

    // Which library wrote the file is provenance, not identity: a cached variant equals the one just written.
    public bool Equals(QuantizedModel? other) =>
        other is not null && (SourcePath, SourceSha256, WeightType, Path, SizeBytes, Sha256) == (other.SourcePath, other.SourceSha256, other.WeightType, other.Path, other.SizeBytes, other.Sha256);

    public override int GetHashCode() => HashCode.Combine(SourcePath, SourceSha256, WeightType, Path, SizeBytes, Sha256);
}
