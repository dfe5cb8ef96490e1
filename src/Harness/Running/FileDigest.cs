using System.Globalization;
using System.Security.Cryptography;

namespace Llama2Validation.Harness.Running;

/// <summary>
/// sha256 of model files, remembered by (path, length, modification time) under .cache/, because
/// hashing a 13.5 GB F16 file on every run would cost more than the run it identifies.
/// </summary>
public static class FileDigest
{
    public static string Sha256(string path, string? cacheFolder = null)
    {
        var file = new FileInfo(path);
        if (!file.Exists)
        {
            throw new FileNotFoundException($"Model file not found: {path}", path);
        }

        var stamp = string.Create(CultureInfo.InvariantCulture, $"{file.FullName}|{file.Length}|{file.LastWriteTimeUtc.Ticks}");
        var memo = cacheFolder is null ? null : Path.Combine(cacheFolder, "sha256", Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(stamp))));
        if (memo is not null && File.Exists(memo))
        {
            return File.ReadAllText(memo).Trim();
        }

        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20, FileOptions.SequentialScan);
        var digest = Convert.ToHexStringLower(SHA256.HashData(stream));
        if (memo is not null)
        {
            Serialization.AtomicFile.WriteAllText(memo, digest);
        }

        return digest;
    }
}
