using System.Collections.Immutable;

namespace Llama2Validation.Harness.Models.Gguf;

/// <summary>
/// Where everything of a plan lands in the file: the encoded header, each tensor's offset inside the
/// data section, and the total size. Computed without touching tensor content, so the size of a
/// 13.5 GB file is known in milliseconds.
/// </summary>
public sealed record GgufLayout(ReadOnlyMemory<byte> Header, long DataStart, ImmutableArray<long> TensorOffsets, long FileSize)
{
    public static GgufLayout Compute(GgufWritePlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var problems = plan.Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The GGUF plan cannot be written:" + System.Environment.NewLine + string.Join(System.Environment.NewLine, problems));
        }

        var offsets = ImmutableArray.CreateBuilder<long>(plan.Tensors.Length);
        var dataLength = 0L;
        foreach (var tensor in plan.Tensors)
        {
            dataLength = AlignUp(dataLength);
            offsets.Add(dataLength);
            dataLength += tensor.ByteCount;
        }

        var tensorOffsets = offsets.MoveToImmutable();
        var header = GgufHeaderEncoder.Encode(plan, tensorOffsets);
        var dataStart = AlignUp(header.Length);
        return new GgufLayout(header, dataStart, tensorOffsets, dataStart + dataLength);
    }

    public static long AlignUp(long position) =>
        (position + GgufWritePlan.Alignment - 1) / GgufWritePlan.Alignment * GgufWritePlan.Alignment;
}
