using System.Collections.Immutable;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>Everything a GGUF file to be written holds, in file order: metadata entries, then tensors.</summary>
public sealed record GgufWritePlan(ImmutableArray<GgufMetadataEntry> Metadata, ImmutableArray<GgufTensor> Tensors)
{
    /// <summary>Alignment of the data section and of every tensor in it (general.alignment).</summary>
    public const int Alignment = 32;

    /// <summary>Checks that the plan can be written and loaded: unique names, whole blocks, known types.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var duplicate in Metadata.GroupBy(entry => entry.Key, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            problems.Add($"Metadata key '{duplicate.Key}' appears {duplicate.Count()} times.");
        }

        foreach (var duplicate in Tensors.GroupBy(tensor => tensor.Name, StringComparer.Ordinal).Where(group => group.Count() > 1))
        {
            problems.Add($"Tensor '{duplicate.Key}' appears {duplicate.Count()} times.");
        }

        foreach (var tensor in Tensors)
        {
            if (tensor.Dimensions.IsDefaultOrEmpty || tensor.Dimensions.Length > 4 || tensor.Dimensions.Any(d => d <= 0))
            {
                problems.Add($"Tensor '{tensor.Name}' needs 1 to 4 positive dimensions.");
                continue;
            }

            if (!GgmlTypeInfo.TryGet(tensor.Type, out var info))
            {
                problems.Add($"Tensor '{tensor.Name}' has an unknown type {tensor.Type}.");
            }
            else if (tensor.Dimensions[0] % info.BlockSize != 0)
            {
                problems.Add($"Tensor '{tensor.Name}': row length {tensor.Dimensions[0]} is not a multiple of {tensor.Type}'s block size {info.BlockSize}.");
            }
            else if (info.ByteCount(tensor.ElementCount) % tensor.Content.Granule != 0)
            {
                problems.Add($"Tensor '{tensor.Name}': {info.ByteCount(tensor.ElementCount)} bytes is not a multiple of its content's granule {tensor.Content.Granule}.");
            }
        }

        return problems;
    }
}
