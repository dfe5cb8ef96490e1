namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// Storage layout of a tensor type: elements per block and bytes per block. A row's element count
/// must be a multiple of the block size; bytes = elements / blockSize * bytesPerBlock.
/// </summary>
public readonly record struct GgmlTypeInfo(GgmlType Type, int BlockSize, int BytesPerBlock)
{
    private static readonly Dictionary<GgmlType, GgmlTypeInfo> Known = new()
    {
        [GgmlType.F32] = new(GgmlType.F32, 1, 4),
        [GgmlType.F16] = new(GgmlType.F16, 1, 2),
        [GgmlType.BF16] = new(GgmlType.BF16, 1, 2),
        [GgmlType.F64] = new(GgmlType.F64, 1, 8),
        [GgmlType.I8] = new(GgmlType.I8, 1, 1),
        [GgmlType.I16] = new(GgmlType.I16, 1, 2),
        [GgmlType.I32] = new(GgmlType.I32, 1, 4),
        [GgmlType.I64] = new(GgmlType.I64, 1, 8),
        // 32 weights per block: an f16 scale (+ f16 min for the _1 variants) and packed quants.
        [GgmlType.Q4_0] = new(GgmlType.Q4_0, 32, 18),
        [GgmlType.Q4_1] = new(GgmlType.Q4_1, 32, 20),
        [GgmlType.Q5_0] = new(GgmlType.Q5_0, 32, 22),
        [GgmlType.Q5_1] = new(GgmlType.Q5_1, 32, 24),
        [GgmlType.Q8_0] = new(GgmlType.Q8_0, 32, 34),
        [GgmlType.Q8_1] = new(GgmlType.Q8_1, 32, 36),
        // k-quants: super-blocks of 256 weights.
        [GgmlType.Q2_K] = new(GgmlType.Q2_K, 256, 84),
        [GgmlType.Q3_K] = new(GgmlType.Q3_K, 256, 110),
        [GgmlType.Q4_K] = new(GgmlType.Q4_K, 256, 144),
        [GgmlType.Q5_K] = new(GgmlType.Q5_K, 256, 176),
        [GgmlType.Q6_K] = new(GgmlType.Q6_K, 256, 210),
        [GgmlType.Q8_K] = new(GgmlType.Q8_K, 256, 292),
    };

    public static bool TryGet(GgmlType type, out GgmlTypeInfo info) => Known.TryGetValue(type, out info);

    public static GgmlTypeInfo Get(GgmlType type) =>
        Known.TryGetValue(type, out var info) ? info : throw new ArgumentOutOfRangeException(nameof(type), type, "Unknown ggml tensor type.");

    /// <summary>Bytes for <paramref name="elements"/> values; the count must be a whole number of blocks.</summary>
    public long ByteCount(long elements)
    {
        if (elements % BlockSize != 0)
        {
            throw new ArgumentException($"{elements} elements is not a multiple of {Type}'s block size {BlockSize}.", nameof(elements));
        }

        return elements / BlockSize * BytesPerBlock;
    }
}
