using System.Globalization;
using System.Security.Cryptography;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Models.Caching;

/// <summary>
/// sha256 of (possibly very large) files, remembered in a sidecar "&lt;file&gt;.sha256" that is trusted
/// only while the file's size and modification time are unchanged, so a 13.5 GB model is hashed once.
/// </summary>
public static class FileSha256
{
    public const string SidecarExtension = ".sha256";

    public static string Of(string path)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"Cannot hash '{path}': it does not exist.", path);
        }

        var sidecar = path + SidecarExtension;
        if (TryReadSidecar(sidecar, file, out var remembered))
        {
            return remembered;
        }

        string hash;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan))
        {
            hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        }

        Remember(path, hash);
        return hash;
    }

    /// <summary>Records a hash computed while writing the file, so it is never read back to hash it.</summary>
    public static void Remember(string path, string sha256)
    {
        var file = new FileInfo(path);
        try
        {
            AtomicFile.WriteAllText(path + SidecarExtension, string.Create(CultureInfo.InvariantCulture, $"{sha256} {file.Length} {file.LastWriteTimeUtc.Ticks}\n"));
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // A read-only folder only costs hashing again next time.
        }
    }

    private static bool TryReadSidecar(string sidecar, FileInfo file, out string sha256)
    {
        sha256 = string.Empty;
        if (!File.Exists(sidecar))
        {
            return false;
        }

        var parts = File.ReadAllText(sidecar).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length == 3
            && parts[0].Length == 64
            && long.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var length) && length == file.Length
            && long.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks == file.LastWriteTimeUtc.Ticks)
        {
            sha256 = parts[0];
            return true;
        }

        return false;
    }
}
