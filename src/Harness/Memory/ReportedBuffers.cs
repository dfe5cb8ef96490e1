namespace Llama2Validation.Harness.Memory;

/// <summary>Every buffer size one llama.cpp load reported, in the order of the log.</summary>
public sealed record ReportedBuffers(IReadOnlyList<ReportedBuffer> Buffers)
{
    public bool IsEmpty => Buffers.Count == 0;

    /// <summary>MiB of one kind over every buffer type.</summary>
    public double MiB(BufferKind kind) => Buffers.Where(b => b.Kind == kind).Sum(b => b.MiB);

    /// <summary>MiB of one kind in device (non-host) buffers: what a GPU must hold.</summary>
    public double DeviceMiB(BufferKind kind) => Buffers.Where(b => b.Kind == kind && !b.IsHost).Sum(b => b.MiB);

    public bool Has(BufferKind kind) => Buffers.Any(b => b.Kind == kind);
}
