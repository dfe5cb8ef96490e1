using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Models.Caching;

/// <summary>
/// sha256 of (possibly very large) files, remembered in a sidecar "&lt;file&gt;.sha256" so a 13.5 GB model is
/// hashed once. The sidecar is trusted only while the file's <see cref="FileStamp"/> (size, mtime, ctime,
/// inode, device) is what it recorded: size and mtime alone let a model changed in place with its mtime
/// restored run under the old identity. Without a stamp (no statx) every call hashes the file.
/// </summary>
public static class FileSha256
{
    public const string SidecarExtension = ".sha256";

    public static string Of(string path) => Identify(path).Sha256;

    /// <summary>The hash and its source (<see cref="FileHash.Hashed"/> or <see cref="FileHash.Remembered"/>).</summary>
    public static FileHash Identify(string path)
    {
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"Cannot hash '{path}': it does not exist.", path);
        }

        var stamp = FileStamp.Of(path);
        if (stamp is not null && TryReadSidecar(path + SidecarExtension, stamp) is { } remembered)
        {
            return new FileHash(remembered, FileHash.Remembered);
        }

        string hash;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan))
        {
            hash = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream));
        }

        // Stamped after reading: a write during the read changes ctime, and the next call hashes again.
        Remember(path, hash);
        return new FileHash(hash, FileHash.Hashed);
    }

    /// <summary>Records a hash computed while writing the file, so it is never read back to hash it.</summary>
    public static void Remember(string path, string sha256)
    {
        if (FileStamp.Of(path) is not { } stamp)
        {
            return;
        }

        try
        {
            AtomicFile.WriteAllText(path + SidecarExtension, $"{sha256} {stamp}\n");
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only folder only costs hashing again next time.
        }
    }

    private static string? TryReadSidecar(string sidecar, FileStamp stamp)
    {
        if (!File.Exists(sidecar))
        {
            return null;
        }

        var parts = File.ReadAllText(sidecar).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return parts.Length == 6 && parts[0].Length == 64 && FileStamp.Parse(parts.AsSpan(1)) == stamp ? parts[0] : null;
    }
}
