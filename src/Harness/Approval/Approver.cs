using System.Text;
using Llama2Validation.Harness.Approval.Diff;
using Llama2Validation.Harness.Approval.Paths;

namespace Llama2Validation.Harness.Approval;

/// <summary>
/// Accepts received files: each becomes its verified sibling (an atomic rename in the same folder).
/// Only files inside the baselines folder, reached without links and named by the layout, are
/// touched; anything else is reported as refused, never followed.
/// </summary>
public sealed class Approver(string baselinesFolder)
{
    public string Root { get; } = Path.TrimEndingDirectorySeparator(Path.GetFullPath(baselinesFolder));

    public static Approver For(RepositoryLayout layout)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new Approver(layout.BaselinesFolder);
    }

    /// <summary>Received files matching the filter and what approving each would do; nothing is changed.</summary>
    public IReadOnlyList<PendingApproval> Pending(ApprovalFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return ReceivedCandidates()
            .Select(c => c.LinkedFolder
                ? Refused(c.Path, c.Path, null, $"a symbolic link to {new DirectoryInfo(c.Path).LinkTarget}; approval never reads or writes through links")
                : Inspect(c.Path))
            .Where(p => p.Name is null || filter.Matches(p.Name))
            .ToList();
    }

    /// <summary>Approves every received file matching the filter; refused ones are reported, not touched.</summary>
    public IReadOnlyList<PendingApproval> Approve(ApprovalFilter filter) => Pending(filter).Select(Apply).ToList();

    /// <summary>Approves one received file named by the person (a path relative to the working folder or absolute).</summary>
    public PendingApproval ApproveFile(string receivedPath)
    {
        ArgumentNullException.ThrowIfNull(receivedPath);
        return Apply(Inspect(Path.GetFullPath(receivedPath)));
    }

    private PendingApproval Inspect(string candidate)
    {
        string verifiedPath;
        try
        {
            verifiedPath = ApprovalFileName.VerifiedSibling(candidate);
        }
        catch (ArgumentException e)
        {
            return Refused(candidate, candidate, null, e.Message);
        }

        if (BaselinesPath.RefusalReason(Root, candidate, out var received) is { } unsafeReceived)
        {
            return Refused(candidate, verifiedPath, null, unsafeReceived);
        }

        if (BaselinesPath.RefusalReason(Root, verifiedPath, out var verified) is { } unsafeVerified)
        {
            return Refused(received, verifiedPath, null, unsafeVerified);
        }

        var name = ApprovalFileName.Parse(Path.GetRelativePath(Root, received));
        if (name is null)
        {
            return Refused(received, verified, null, "not named <class>/<snapshots|throughput|memory|agreement>/<strategy>.<model>.received.<extension>");
        }

        if (!File.Exists(received))
        {
            return Refused(received, verified, name, "no such received file");
        }

        var receivedText = File.ReadAllText(received, Encoding.UTF8);
        if (name.Kind == ApprovalKind.Snapshot && RepeatedTokenSnapshot.Reason(receivedText) is { } repeated)
        {
            return Refused(received, verified, name, "not a snapshot worth approving: " + repeated);
        }

        if (!File.Exists(verified))
        {
            return new PendingApproval(received, verified, name, ApprovalChange.Added, LineDiff.Compute("", receivedText));
        }

        var diff = LineDiff.Compute(File.ReadAllText(verified, Encoding.UTF8), receivedText);
        return new PendingApproval(received, verified, name, diff.IsEmpty ? ApprovalChange.Unchanged : ApprovalChange.Changed, diff);
    }

    private static PendingApproval Apply(PendingApproval pending)
    {
        switch (pending.Change)
        {
            case ApprovalChange.Refused:
                break;
            case ApprovalChange.Unchanged:
                File.Delete(pending.ReceivedPath);
                break;
            default:
                File.Move(pending.ReceivedPath, pending.VerifiedPath, overwrite: true);
                break;
        }

        return pending;
    }

    /// <summary>
    /// Every <c>*.received.*</c> file below the root, and every linked folder: the walk never descends
    /// into a link, but reports it, so received files behind it are refused rather than silently missed.
    /// </summary>
    private List<(string Path, bool LinkedFolder)> ReceivedCandidates()
    {
        var found = new List<(string Path, bool LinkedFolder)>();
        if (!Directory.Exists(Root))
        {
            return found;
        }

        var pending = new Stack<string>();
        pending.Push(Root);
        while (pending.Count > 0)
        {
            foreach (var entry in new DirectoryInfo(pending.Pop()).EnumerateFileSystemInfos())
            {
                var isLink = entry.LinkTarget is not null;
                if (entry is DirectoryInfo)
                {
                    if (isLink)
                    {
                        found.Add((entry.FullName, true));
                    }
                    else
                    {
                        pending.Push(entry.FullName);
                    }
                }
                else if (entry.Name.Contains(ApprovalFileName.ReceivedMarker, StringComparison.Ordinal))
                {
                    found.Add((entry.FullName, false));
                }
            }
        }

        found.Sort((a, b) => string.CompareOrdinal(a.Path, b.Path));
        return found;
    }

    private static PendingApproval Refused(string received, string verified, ApprovalFileName? name, string reason) =>
        new(received, verified, name, ApprovalChange.Refused, LineDiff.None, reason);
}
