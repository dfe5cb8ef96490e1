namespace Llama2Validation.Harness.Approval;

/// <summary>
/// Reads a path below the baselines folder back into its parts:
/// <c>&lt;class&gt;/&lt;kind folder&gt;/&lt;strategy&gt;.&lt;model&gt;.(received|verified).&lt;extension&gt;</c>.
/// </summary>
public sealed record ApprovalFileName(ApprovalKind Kind, string HardwareClass, string Strategy, string Model, string Extension)
{
    public const string VerifiedMarker = ".verified.";

    public const string ReceivedMarker = ".received.";

    /// <summary>The parts of a received or verified file's relative path, or null when it does not follow the layout.</summary>
    public static ApprovalFileName? Parse(string relativePath)
    {
        ArgumentNullException.ThrowIfNull(relativePath);
        var segments = relativePath.Split(['/', '\\'], StringSplitOptions.RemoveEmptyEntries);
        if (segments.Length != 3 || ApprovalKindExtensions.FromFolderName(segments[1]) is not { } kind)
        {
            return null;
        }

        var name = segments[2];
        var marker = name.Contains(ReceivedMarker, StringComparison.Ordinal) ? ReceivedMarker : VerifiedMarker;
        var at = name.IndexOf(marker, StringComparison.Ordinal);
        if (at <= 0)
        {
            return null;
        }

        var stem = name[..at].Split('.');
        var extension = name[(at + marker.Length)..];
        return stem.Length == 2 && stem.All(p => p.Length > 0) && extension.Length > 0
            ? new ApprovalFileName(kind, segments[0], stem[0], stem[1], extension)
            : null;
    }

    /// <summary>The verified sibling of a received file (same folder, same name but the marker).</summary>
    public static string VerifiedSibling(string receivedPath)
    {
        ArgumentNullException.ThrowIfNull(receivedPath);
        var folder = Path.GetDirectoryName(receivedPath) ?? "";
        var name = Path.GetFileName(receivedPath);
        var at = name.LastIndexOf(ReceivedMarker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{receivedPath}' is not a received file (its name has no '{ReceivedMarker}').", nameof(receivedPath));
        }

        return Path.Combine(folder, string.Concat(name.AsSpan(0, at), VerifiedMarker, name.AsSpan(at + ReceivedMarker.Length)));
    }
}
