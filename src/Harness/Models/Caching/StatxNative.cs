using System.Runtime.InteropServices;

namespace Llama2Validation.Harness.Models.Caching;

/// <summary>statx(2) through glibc (2.28 and later), for <see cref="FileStamp"/>.</summary>
internal static unsafe partial class StatxNative
{
    private const int AtFdCwd = -100;

    /// <summary>STATX_BASIC_STATS: type, mode, nlink, uid, gid, atime, mtime, ctime, ino, size, blocks.</summary>
    private const uint BasicStats = 0x7ff;

    private const int StructSize = 256;

    [LibraryImport("libc", EntryPoint = "statx", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static partial int Statx(int directory, string path, int flags, uint mask, byte* buffer);

    public static FileStamp? Stamp(string path)
    {
        var buffer = stackalloc byte[StructSize];
        if (Statx(AtFdCwd, Path.GetFullPath(path), 0, BasicStats, buffer) != 0)
        {
            return null;
        }

        // struct statx (include/uapi/linux/stat.h): stx_ino at 32, stx_size at 40, stx_ctime at 96,
        // stx_mtime at 112 (each { s64 tv_sec; u32 tv_nsec; }), stx_dev_major/minor at 136/140.
        static long Nanoseconds(byte* at) => (*(long*)at * 1_000_000_000L) + *(uint*)(at + 8);
        var device = ((ulong)*(uint*)(buffer + 136) << 32) | *(uint*)(buffer + 140);
        return new FileStamp(*(long*)(buffer + 40), Nanoseconds(buffer + 112), Nanoseconds(buffer + 96), *(ulong*)(buffer + 32), device);
    }
}
