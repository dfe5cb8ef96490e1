using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines;

/// <summary>
/// Judges runs against the verified baselines: throughput floors, ROUGE-1 floors, the expected memory
/// outcome and the output snapshot, writing received files for whatever a person should review. The
/// <c>check</c> command and the test projects call this same code, so their verdicts agree.
/// </summary>
public sealed class BaselineChecker(BaselineStore store, ApprovalFolder folder, IReadOnlyList<Scrubber> scrubbers, CheckOptions? options = null)
{
    private readonly BaselineStore store = store ?? throw new ArgumentNullException(nameof(store));
    private readonly ApprovalFolder folder = folder ?? throw new ArgumentNullException(nameof(folder));
    private readonly CheckOptions options = options ?? CheckOptions.Default;
    private readonly SnapshotComparer snapshots = new(folder, scrubbers);

    /// <summary>A checker over the repository's baselines folder with the default scrubbers.</summary>
    public static BaselineChecker For(RepositoryLayout layout, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new BaselineChecker(BaselineStore.Load(layout), ApprovalFolder.For(layout), Scrubbers.Default(layout), options);
    }

    /// <summary>A checker over another baselines folder (<c>l2v check --baselines DIR</c>).</summary>
    public static BaselineChecker For(string baselinesFolder, RepositoryLayout layout, CheckOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(layout);
        return new BaselineChecker(BaselineStore.Load(baselinesFolder), new ApprovalFolder(baselinesFolder), Scrubbers.Default(layout), options);
    }

    public BaselineStore Store => store;

    /// <summary>One verdict per run, in order; repeats of a key share one baseline proposal.</summary>
    public IReadOnlyList<RunVerdict> Check(IReadOnlyList<RunResult> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var groups = runs.GroupBy(RunKey.Of).ToList();
        var machineSpread = BaselineProposer.MachineSpread(groups.Select(g => (IReadOnlyList<RunResult>)[.. g]));
        var proposals = options.Proposals
            ? groups.ToDictionary(g => g.Key, g => Propose(g.ToList(), machineSpread))
            : [];
        return runs.Select((run, index) => Check(run, runs, index, proposals.GetValueOrDefault(RunKey.Of(run)))).ToList();
    }

    /// <summary>One run's verdict; <paramref name="sameInvocation"/> supplies the default strategy's run for relative ROUGE.</summary>
    public RunVerdict Check(RunResult run, IReadOnlyList<RunResult> sameInvocation)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(sameInvocation);
        var key = RunKey.Of(run);
        var repeats = sameInvocation.Where(r => RunKey.Of(r) == key).ToList();
        if (!repeats.Contains(run))
        {
            repeats.Add(run);
        }

        return Check(run, sameInvocation, sameInvocation.ToList().IndexOf(run), options.Proposals ? Propose(repeats, 0) : null);
    }

    /// <summary>The <c>default</c> run of the same class and dataset in the same invocation, the reference for relative ROUGE.</summary>
    public static RunResult? ReferenceRun(RunResult run, IReadOnlyList<RunResult> sameInvocation)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(sameInvocation);
        return sameInvocation.FirstOrDefault(r =>
            string.Equals(r.Strategy, QualityDefaults.ReferenceStrategy, StringComparison.OrdinalIgnoreCase)
            && r.Outcome == RunOutcome.Completed
            && RunKey.Of(r).HardwareClass == RunKey.Of(run).HardwareClass
            && r.Metadata.DatasetHash == run.Metadata.DatasetHash
            && r.Metadata.ModelSynthetic == run.Metadata.ModelSynthetic
            && r.Metadata.ModelProfile == run.Metadata.ModelProfile);
    }

    private BaselineProposal Propose(List<RunResult> repeats, double machineSpread) =>
        new BaselineProposer(folder).Propose(repeats, store.Find(RunKey.Of(repeats[0])).Entry, machineSpread);

    private RunVerdict Check(RunResult run, IReadOnlyList<RunResult> sameInvocation, int index, BaselineProposal? proposal)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(sameInvocation);
        var key = RunKey.Of(run);
        var received = new List<string>();
        var notes = new List<string>();
        var outcome = ValidationOutcome.Empty;
        var missing = new List<string>();

        var lookup = store.Find(key);
        if (lookup.Entry is { } entry)
        {
            outcome = outcome
                .Combine(ModelMatch(run, entry))
                .Combine(MemoryOutcomeValidator.Validate(run, entry))
                .Combine(ThroughputValidator.Validate(run, entry))
                .Combine(QualityValidator.Validate(run, entry, ReferenceRun(run, sameInvocation)));
        }
        else
        {
            missing.Add(lookup.MissingReason!);
            if (run.Outcome != RunOutcome.Completed)
            {
                outcome = outcome.Combine(MemoryOutcomeValidator.Validate(run, new BaselineEntry()));
            }
        }

        if (proposal is { Written: true })
        {
            received.Add(proposal.ReceivedPath!);
            notes.Add($"baseline proposal written to {folder.Relative(proposal.ReceivedPath!)}: {string.Join("; ", proposal.Reasons)}");
        }

        if (options.Snapshots)
        {
            outcome = outcome.Combine(CompareSnapshot(run, received, notes, missing));
        }

        var status = outcome.Violations.Count > 0 ? VerdictStatus.Fail
            : outcome.Checked > 0 ? VerdictStatus.Pass
            : VerdictStatus.NoBaseline;
        return new RunVerdict
        {
            Key = key,
            RunIndex = index,
            Status = status,
            Violations = outcome.Violations,
            Skipped = outcome.Skipped,
            NoBaselineReason = missing.Count == 0 ? null : string.Join("; ", missing),
            ReceivedFiles = received,
            Notes = notes,
        };
    }

    private ValidationOutcome CompareSnapshot(RunResult run, List<string> received, List<string> notes, List<string> missing)
    {
        var comparison = snapshots.Compare(run, out var skipReason);
        if (comparison is null)
        {
            return new ValidationOutcome([], [new SkippedCheck(FigureNames.OutputSnapshot, skipReason!)]);
        }

        switch (comparison.Status)
        {
            case ComparisonStatus.Matched:
                return ValidationOutcome.Empty with { Checked = 1 };
            case ComparisonStatus.New:
                received.Add(comparison.ReceivedPath);
                missing.Add($"no verified snapshot (expected {folder.Relative(comparison.VerifiedPath)})");
                notes.Add($"new snapshot written to {folder.Relative(comparison.ReceivedPath)}; review it and run `{comparison.Key.ApproveCommand}`");
                return ValidationOutcome.Empty;
            default:
                received.Add(comparison.ReceivedPath);
                return new ValidationOutcome(
                    [
                        new Violation
                        {
                            Key = comparison.Key.Subject,
                            Figure = FigureNames.OutputSnapshot,
                            Message = $"{comparison.Key.Subject}: outputs differ from {folder.Relative(comparison.VerifiedPath)} ({comparison.Diff.Summary})\n{comparison.Diff.Text.TrimEnd('\n')}",
                            HowToApprove = $"If the new outputs are intended, run `{comparison.Key.ApproveCommand}` after reviewing {folder.Relative(comparison.ReceivedPath)}",
                        },
                    ],
                    []) { Checked = 1 };
        }
    }

    // Defence in depth: keys already separate models, but a baseline recorded on synthetic weights must
    // never judge a real model even if someone copied a file under another name.
    private static ValidationOutcome ModelMatch(RunResult run, BaselineEntry entry)
    {
        if (entry.Provenance?.ModelSynthetic is not { } synthetic || synthetic == run.Metadata.ModelSynthetic)
        {
            return ValidationOutcome.Empty;
        }

        var key = RunKey.Of(run);
        return new ValidationOutcome(
            [
                new Violation
                {
                    Key = key,
                    Figure = FigureNames.Model,
                    Message = $"{key}: the baseline was recorded on {(synthetic ? "synthetic" : "real")} weights but this run's model is {(run.Metadata.ModelSynthetic ? "synthetic" : "real")}",
                    HowToApprove = "Record a baseline for this model instead (model identities must not be shared between synthetic and real weights)",
                },
            ],
            []) { Checked = 1 };
    }
}
