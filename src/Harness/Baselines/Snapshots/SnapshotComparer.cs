using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Snapshots;

/// <summary>
/// Compares a run's outputs with its verified snapshot (class × strategy × model), after scrubbing.
/// A difference writes <c>*.received.txt</c> and returns the diff; a match removes a stale received file.
/// </summary>
public sealed class SnapshotComparer(ApprovalFolder folder, IReadOnlyList<Scrubber> scrubbers)
{
    private readonly ApprovalFolder folder = folder ?? throw new ArgumentNullException(nameof(folder));

    public static SnapshotComparer For(RepositoryLayout layout) => new(ApprovalFolder.For(layout), Scrubbers.Default(layout));

    /// <summary>The comparison, or null with a reason when the run has no outputs worth fixing (it did not complete).</summary>
    public ApprovalComparison? Compare(RunResult run, out string? skipReason, bool writeReceived = true)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (run.Outcome != RunOutcome.Completed)
        {
            skipReason = $"the run did not complete ({EnumText.Of(run.Outcome)}); its partial outputs are not a snapshot";
            return null;
        }

        // Only synthetic weights: a real model that repeats one token is broken, and the comparison must show it.
        if (run.Metadata.ModelSynthetic && RepeatedTokenSnapshot.Reason([.. run.Documents.Select(d => d.OutputTokenIds)]) is { } repeated)
        {
            skipReason = $"{DesignExclusions.SyntheticRepeatedToken.Reason} ({repeated})";
            return null;
        }

        skipReason = null;
        return folder.Compare(new ApprovalKey(ApprovalKind.Snapshot, RunKey.Of(run)), SnapshotText.Render(run), scrubbers, writeReceived);
    }

    /// <summary>
    /// How the verified snapshot's recorded configuration differs from this run's (empty when they agree or
    /// none is approved yet): outputs of another parallel count or KV type are not a regression, they are
    /// another snapshot.
    /// </summary>
    public IReadOnlyList<string> ConfigurationDifferences(RunResult run)
    {
        ArgumentNullException.ThrowIfNull(run);
        if (folder.ReadVerified(new ApprovalKey(ApprovalKind.Snapshot, RunKey.Of(run))) is not { } verified)
        {
            return [];
        }

        return SnapshotText.RecordedConfiguration(verified) is { } recorded
            ? Identity.RunConfiguration.Differences(recorded, Identity.RunConfiguration.Of(run))
            : ["the snapshot records no configuration (approved before configurations were kept): approve it again"];
    }

    /// <summary>Compares a completed run; throws for one that did not complete.</summary>
    public ApprovalComparison Compare(RunResult run) =>
        Compare(run, out var reason) ?? throw new InvalidOperationException(reason);
}
