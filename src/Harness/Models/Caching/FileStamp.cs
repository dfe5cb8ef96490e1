using System.Globalization;

namespace Llama2Validation.Harness.Models.Caching;

/// <summary>
/// What proves a file unchanged since it was hashed: its size, modification time, inode, device and, above
/// all, its status-change time (ctime). A process can restore a file's mtime after writing it in place, but
/// the kernel sets ctime on every write and every mtime change, and no user call sets it back, so a file
/// whose stamp is unchanged was not rewritten. Read with statx, whose layout is the same on every Linux
/// architecture; where statx is unavailable there is no stamp and the file is hashed again.
/// </summary>
public sealed record FileStamp(long Length, long ModifiedNanoseconds, long ChangedNanoseconds, ulong Inode, ulong Device)
{
    public static FileStamp? Of(string path)
    {
        if (!OperatingSystem.IsLinux())
        {
            return null;
        }

        try
        {
            return StatxNative.Stamp(path);
        }
        catch (Exception exception) when (exception is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
    }

    /// <summary>The sidecar's text for it: five integers.</summary>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Length} {ModifiedNanoseconds} {ChangedNanoseconds} {Inode} {Device}");

    public static FileStamp? Parse(ReadOnlySpan<string> parts) =>
        parts.Length == 5
        && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var length)
        && long.TryParse(parts[1], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var modified)
        && long.TryParse(parts[2], NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var changed)
        && ulong.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var inode)
        && ulong.TryParse(parts[4], NumberStyles.None, CultureInfo.InvariantCulture, out var device)
            ? new FileStamp(length, modified, changed, inode, device)
            : null;
}
