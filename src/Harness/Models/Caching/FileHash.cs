namespace Llama2Validation.Harness.Models.Caching;

/// <summary>A file's sha256 and how it was obtained, so a run's provenance says whether its model was read or remembered.</summary>
public sealed record FileHash(string Sha256, string Source)
{
    /// <summary>Every byte was read and hashed now.</summary>
    public const string Hashed = "hashed";

    /// <summary>The sidecar's hash, trusted because size, mtime, ctime, inode and device are those it recorded.</summary>
    public const string Remembered = "sidecar (size, mtime, ctime, inode, device unchanged)";
}
