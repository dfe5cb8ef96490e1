namespace Llama2Validation.Harness.Models.Weights;

/// <summary>Tensor bytes held in memory, as a trainer exported them (already in the tensor's GGUF type).</summary>
public sealed class StoredContent(ReadOnlyMemory<byte> bytes, int granule) : Gguf.TensorContent
{
    public override int Granule => granule;

    public override void Fill(long byteOffset, Span<byte> destination) =>
        bytes.Span.Slice(checked((int)byteOffset), destination.Length).CopyTo(destination);
}
