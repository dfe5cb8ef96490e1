namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// What a GGUF file's header says: version, metadata, tensor table and where the data section starts.
/// Nothing of the tensor data itself is read.
/// </summary>
/// <param name="Version">GGUF format version, 2 or 3.</param>
/// <param name="Metadata">The key/value section.</param>
/// <param name="Tensors">The tensor table in file order.</param>
/// <param name="FileLength">Bytes in the whole file.</param>
/// <param name="Source">The path (or name) the file was read from; every validation message starts with it.</param>
/// <param name="Alignment">The alignment used to place the data section: general.alignment when it is usable, else 32.</param>
/// <param name="DataOffset">Absolute position of the data section (end of the tensor table, padded to the alignment).</param>
public sealed record GgufFile(
    string Source,
    uint Version,
    GgufMetadata Metadata,
    IReadOnlyList<GgufTensorInfo> Tensors,
    uint Alignment,
    long DataOffset,
    long FileLength)
{
    public const uint DefaultAlignment = 32;

    public string? Architecture => Metadata.Architecture;

    /// <summary>Sum of the tensors' byte sizes (padding excluded); valid files only.</summary>
    public long TensorDataBytes => Tensors.Sum(tensor => tensor.ByteSize);

    public GgufTensorInfo? FindTensor(string name) => Tensors.FirstOrDefault(tensor => string.Equals(tensor.Name, name, StringComparison.Ordinal));
}
