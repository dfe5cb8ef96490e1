using System.Text;
using Llama2Validation.Harness.Approval.Diff;
using Llama2Validation.Harness.Approval.Paths;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Approval;

/// <summary>
/// The received/verified convention over one baselines folder: content that differs from
/// <c>*.verified.*</c> (or has no verified file) is written to <c>*.received.*</c> beside it for a
/// person to approve; a match removes a stale received file. Every path is checked by
/// <see cref="BaselinesPath"/> before anything is written.
/// </summary>
public sealed class ApprovalFolder(string baselinesFolder)
{
    public string Root { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baselinesFolder));

    public static ApprovalFolder For(RepositoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new ApprovalFolder(layout.BaselinesFolder);
    }

    public string VerifiedPath(ApprovalKey key) => BaselinesPath.Resolve(Root, Require(key).RelativeVerifiedPath);

    public string ReceivedPath(ApprovalKey key) => BaselinesPath.Resolve(Root, Require(key).RelativeReceivedPath);

    /// <summary>The verified content, with line endings read as LF, or null when none is approved yet.</summary>
    public string? ReadVerified(ApprovalKey key)
    {
        var path = VerifiedPath(key);
        return File.Exists(path) ? Normalize(File.ReadAllText(path, Encoding.UTF8)) : null;
    }

    /// <summary>
    /// Scrubs <paramref name="actual"/>, compares it with the verified file and writes or removes the
    /// received file (unless <paramref name="writeReceived"/> is false: a read-only check).
    /// </summary>
    public ApprovalComparison Compare(ApprovalKey key, string actual, IEnumerable<Scrubber>? scrubbers = null, bool writeReceived = true)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var received = Normalize(scrubbers is null ? actual : Scrubbers.Apply(scrubbers, actual));
        var verified = ReadVerified(key);
        var verifiedPath = VerifiedPath(key);
        var receivedPath = ReceivedPath(key);
        if (verified == received)
        {
            DiscardReceived(key);
            return new ApprovalComparison(key, ComparisonStatus.Matched, verifiedPath, receivedPath, LineDiff.None);
        }

        if (writeReceived)
        {
            WriteReceived(key, received);
        }

        var diff = LineDiff.Compute(verified ?? "", received, Relative(verifiedPath), Relative(receivedPath));
        return new ApprovalComparison(key, verified is null ? ComparisonStatus.New : ComparisonStatus.Mismatched, verifiedPath, receivedPath, diff);
    }

    /// <summary>Writes a proposal beside the verified file (atomically), for content compared by other rules than equality.</summary>
    public string WriteReceived(ApprovalKey key, string content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var path = ReceivedPath(key);
        AtomicFile.WriteAllText(path, Normalize(content));
        return path;
    }

    /// <summary>Removes a received file left by an earlier run; true when there was one.</summary>
    public bool DiscardReceived(ApprovalKey key)
    {
        var path = ReceivedPath(key);
        if (!File.Exists(path))
        {
            return false;
        }

        File.Delete(path);
        return true;
    }

    /// <summary>The path relative to the baselines folder's parent, "baselines/CPU/...", for messages.</summary>
    public string Relative(string fullPath) =>
        Path.GetRelativePath(Path.GetDirectoryName(Root) ?? Root, fullPath).Replace('\\', '/');

    /// <summary>LF line endings and one final newline, as <c>.gitattributes</c> stores verified files.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lf = text.Replace("\r\n", "\n", StringComparison.Ordinal);
        return lf.Length == 0 || lf.EndsWith('\n') ? lf : lf + "\n";
    }

    private static ApprovalKey Require(ApprovalKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return key;
    }
}
