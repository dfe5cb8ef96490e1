using System.Buffers.Binary;

namespace Llama2Validation.Harness.Models.Weights;

/// <summary>f32 tensors of one value: the RMS-norm weights, which a fresh network starts at 1.</summary>
public sealed class ConstantF32Content(float value) : Gguf.TensorContent
{
    public override int Granule => 4;

    public override void Fill(long byteOffset, Span<byte> destination)
    {
        for (var index = 0; index < destination.Length; index += 4)
        {
            BinaryPrimitives.WriteSingleLittleEndian(destination[index..], value);
        }
    }
}
