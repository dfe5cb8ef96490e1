using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.GateWorkflow;

/// <summary>
/// Turns a class's recording passes into proposals a person reviews: all passes judged together (the
/// baseline proposer takes each key's repeats for its floors and spread), greedy outputs compared pass
/// by pass, received snapshots kept only for strategies whose outputs were identical in every pass, and
/// the received files copied with a summary into one folder to carry home. Nothing is approved here.
/// </summary>
public static class ProposalWorkflow
{
    /// <param name="hardwareClass">The class recorded (its baselines folder).</param>
    /// <param name="runsFolder">Where the record-N pass folders are.</param>
    /// <param name="suiteRoot">The runner's suite root the passes ran against; received files are written into its baselines.</param>
    /// <param name="proposalFolder">Where the received files and summary.md go (emptied first).</param>
    /// <exception cref="InvalidDataException">No recording pass, or a results file that cannot be read.</exception>
    public static Proposal Propose(string hardwareClass, string runsFolder, string suiteRoot, string proposalFolder)
    {
        var passes = RecordingPasses.Find(runsFolder);
        if (passes.Count == 0)
        {
            throw new InvalidDataException($"no recording pass ({RecordingPasses.Prefix}N folder) in {runsFolder}; run `l2v gate record` first");
        }

        var ofClass = RunKey.CanonicalClass(hardwareClass);
        var runsByPass = passes
            .Select(pass => (IReadOnlyList<RunResult>)[.. RecordingPasses.Load(pass).Where(run => string.Equals(RunKey.CanonicalClass(run.Metadata.HardwareClass), ofClass, StringComparison.OrdinalIgnoreCase))])
            .ToList();
        var merged = runsByPass.SelectMany(runs => runs).ToList();
        if (merged.Count == 0)
        {
            throw new InvalidDataException($"the recording passes in {runsFolder} hold no run of class {hardwareClass}");
        }

        var stability = OutputStability.Compare(runsByPass);
        var baselines = Path.Combine(suiteRoot, "baselines");
        var checker = BaselineChecker.For(baselines, new RepositoryLayout(suiteRoot));
        var verdicts = checker.Check(merged);

        var folder = new ApprovalFolder(baselines);
        var unstable = stability.Where(s => !s.Identical).Select(s => s.Strategy).ToHashSet(StringComparer.Ordinal);
        var withheld = merged
            .Where(run => unstable.Contains(run.Strategy))
            .Select(run => new ApprovalKey(ApprovalKind.Snapshot, RunKey.Of(run)))
            .Distinct()
            .Where(key => File.Exists(folder.ReceivedPath(key)))
            .Select(key =>
            {
                var path = folder.Relative(folder.ReceivedPath(key));
                folder.DiscardReceived(key);
                return path;
            })
            .ToList();

        var received = CopyReceived(baselines, hardwareClass, proposalFolder);
        var proposal = new Proposal(hardwareClass, passes, stability, verdicts, received, withheld, proposalFolder);
        AtomicFile.WriteAllText(proposal.SummaryPath, ProposalSummary.Format(proposal));
        return proposal;
    }

    /// <summary>Copies the class's received files to PROPOSAL/baselines/CLASS/…, the layout a checkout's baselines folder has.</summary>
    private static List<string> CopyReceived(string baselines, string hardwareClass, string proposalFolder)
    {
        if (Directory.Exists(proposalFolder))
        {
            Directory.Delete(proposalFolder, recursive: true);
        }

        Directory.CreateDirectory(proposalFolder);
        var classFolder = Path.Combine(baselines, hardwareClass);
        if (!Directory.Exists(classFolder))
        {
            return [];
        }

        var copied = new List<string>();
        foreach (var file in Directory.GetFiles(classFolder, "*" + ApprovalFileName.ReceivedMarker + "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var relative = Path.Combine("baselines", Path.GetRelativePath(baselines, file));
            var target = Path.Combine(proposalFolder, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target, overwrite: true);
            copied.Add(relative.Replace('\\', '/'));
        }

        return copied;
    }
}
