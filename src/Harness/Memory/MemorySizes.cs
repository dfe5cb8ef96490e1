namespace Llama2Validation.Harness.Memory;

/// <summary>Byte units and the rounding used wherever sizes are shown or stored.</summary>
public static class MemorySizes
{
    public const long MiB = 1024L * 1024;

    public const long GiB = 1024 * MiB;

    /// <summary>Whole MiB, rounded up, so a stored prediction never understates a size.</summary>
    public static long CeilingMiB(long bytes) => (bytes + MiB - 1) / MiB;

    public static double ToMiB(long bytes) => bytes / (double)MiB;
}
