namespace Llama2Validation.Harness.Approval.Paths;

/// <summary>
/// The guard every baseline write and approval passes: the full path must lie strictly inside the
/// baselines folder and no existing part of it below that folder may be a symbolic link, so neither a
/// crafted name nor a planted link can make the suite overwrite a file elsewhere.
/// </summary>
public static class BaselinesPath
{
    private static readonly StringComparison PathComparison =
        OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>The full path of <paramref name="path"/> (relative paths resolve against the baselines folder).</summary>
    /// <exception cref="UnsafeBaselinePathException">The path leaves the folder or passes through a link.</exception>
    public static string Resolve(string baselinesFolder, string path) =>
        RefusalReason(baselinesFolder, path, out var full) is { } reason ? throw new UnsafeBaselinePathException(reason) : full;

    /// <summary>Why <paramref name="path"/> may not be written, or null when it is safe.</summary>
    public static string? RefusalReason(string baselinesFolder, string path, out string fullPath)
    {
        ArgumentNullException.ThrowIfNull(baselinesFolder);
        ArgumentNullException.ThrowIfNull(path);
        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baselinesFolder));
        fullPath = Path.GetFullPath(path, root);
        if (!fullPath.StartsWith(root + Path.DirectorySeparatorChar, PathComparison))
        {
            return $"'{path}' is outside the baselines folder {root}.";
        }

        var relative = Path.GetRelativePath(root, fullPath);
        var current = root;
        foreach (var segment in relative.Split(Path.DirectorySeparatorChar))
        {
            current = Path.Combine(current, segment);
            if (IsLink(current))
            {
                return $"'{path}' passes through the symbolic link {current}; baselines are never written through links.";
            }
        }

        return null;
    }

    // lstat-based: true for links to files, folders and missing targets alike.
    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;
}
