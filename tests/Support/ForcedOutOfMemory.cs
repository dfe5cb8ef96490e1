using Llama2Validation.Harness.Memory;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// Sizes a context that cannot fit the host, for tests of the out-of-memory path: its KV cache alone is at
/// least <see cref="Factor"/> × (RAM + swap), so the kernel refuses the allocation at once. Never anything
/// near the limit: a request that could almost fit would page the host into the kernel's OOM killer.
/// </summary>
public static class ForcedOutOfMemory
{
    public const int Factor = 3;

    /// <summary>Cells (a multiple of 256) whose KV cache is at least <see cref="Factor"/> × the host's commit limit.</summary>
    public static int CellsFor(ModelFootprint model, HostMemory host)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(host);
        var bytesPerCell = KvCacheEstimate.Bytes(model, new MemoryConfiguration { ContextPerSequence = 256 }) / 256;
        var cells = (Factor * host.CommitLimitBytes + bytesPerCell - 1) / bytesPerCell;
        var padded = (cells + 255) / 256 * 256;
        // A spec's context per sequence is a 32-bit count; a host too large for that cannot be forced this way.
        return padded <= int.MaxValue
            ? (int)padded
            : throw new InvalidOperationException($"This host's memory ({host.CommitLimitBytes:N0} bytes) is too large to exceed with a 32-bit context of this model.");
    }
}
