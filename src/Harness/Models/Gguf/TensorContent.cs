namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// The bytes of one tensor, produced on demand at any offset so the writer can fill chunks in parallel
/// and in any order while the result stays the same byte for byte.
/// </summary>
public abstract class TensorContent
{
    /// <summary>Offsets and lengths passed to <see cref="Fill"/> are whole multiples of this many bytes.</summary>
    public abstract int Granule { get; }

    /// <summary>Writes the tensor's bytes starting at <paramref name="byteOffset"/> into all of <paramref name="destination"/>.</summary>
    public abstract void Fill(long byteOffset, Span<byte> destination);
}
