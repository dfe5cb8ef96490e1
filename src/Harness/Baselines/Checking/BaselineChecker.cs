using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Identity;
using Llama2Validation.Harness.Baselines.Proposals;
using Llama2Validation.Harness.Baselines.Snapshots;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Checking;

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
        var machine = new MachineNoise(groups.Select(g => (IReadOnlyList<RunResult>)[.. g]));
        var proposals = options.Proposals
            ? groups.ToDictionary(g => g.Key, g => Propose(g.ToList(), machine))
            : [];
        return runs.Select((run, index) => Check(run, runs, index, proposals.GetValueOrDefault(RunKey.Of(run)), CheckAspects.All)).ToList();
    }

    /// <summary>
    /// One run's verdict on the chosen aspects (all by default); <paramref name="sameInvocation"/> supplies the
    /// default strategy's run for relative ROUGE. The test theories call this with one aspect each.
    /// </summary>
    public RunVerdict Check(RunResult run, IReadOnlyList<RunResult> sameInvocation, CheckAspects aspects = CheckAspects.All)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(sameInvocation);
        var key = RunKey.Of(run);
        var repeats = sameInvocation.Where(r => RunKey.Of(r) == key).ToList();
        if (!repeats.Contains(run))
        {
            repeats.Add(run);
        }

        var proposal = options.Proposals && aspects.HasFlag(CheckAspects.Throughput) ? Propose(repeats, MachineNoise.None) : null;
        return Check(run, sameInvocation, sameInvocation.ToList().IndexOf(run), proposal, aspects);
    }

    /// <summary>
    /// A CPU speed ratio against its verified floor (the CPU gate's throughput case): the same verdict
    /// shape as every other check, a violation naming the change, the floor and the noise it came from.
    /// </summary>
    public RunVerdict CheckSpeedRatio(RunKey key, RatioMeasurement measurement)
    {
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(measurement);
        var lookup = store.Find(key);
        var outcome = lookup.Entry is { } entry ? SpeedRatioValidator.Validate(key, entry, measurement) : ValidationOutcome.Empty;
        var missing = lookup.Entry is null ? [lookup.MissingReason!]
            : outcome.Checked == 0 ? [$"{SourcePath(lookup.Source!)} records no speed ratio to {measurement.Ratio.Reference}"]
            : new List<string>();
        return new RunVerdict
        {
            Key = key,
            Status = StatusOf(outcome, missing, []),
            Violations = outcome.Violations,
            Skipped = outcome.Skipped,
            NoBaselineReason = missing.Count == 0 ? null : string.Join("; ", missing),
        };
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

    private BaselineProposal Propose(List<RunResult> repeats, MachineNoise machine) =>
        new BaselineProposer(folder).Propose(repeats, store.Find(RunKey.Of(repeats[0])).Entry, machine);

    private RunVerdict Check(RunResult run, IReadOnlyList<RunResult> sameInvocation, int index, BaselineProposal? proposal, CheckAspects aspects)
    {
        var key = RunKey.Of(run);
        var received = new List<string>();
        var notes = new List<string>();
        var outcome = ValidationOutcome.Empty;
        var missing = new List<string>();
        var notComparable = new List<string>();

        if ((aspects & ~CheckAspects.Snapshot) != CheckAspects.None)
        {
            var lookup = store.Find(key);
            if (lookup.Entry is not { } entry)
            {
                missing.Add(lookup.MissingReason!);
                if (aspects.HasFlag(CheckAspects.Memory) && run.Outcome != RunOutcome.Completed)
                {
                    outcome = outcome.Combine(MemoryOutcomeValidator.Validate(run, new BaselineEntry()));
                }
            }
            else if (Comparability.OfBaseline(run, entry) is { Count: > 0 } differences)
            {
                notComparable.Add($"{(lookup.Source is { } source ? SourcePath(source) : folder.Relative(folder.Root))} was measured under another configuration ({string.Join("; ", differences)})");
            }
            else
            {
                outcome = outcome.Combine(ModelMatch(run, entry));
                notes.AddRange(Comparability.EngineNotes(run, entry));
                if (aspects.HasFlag(CheckAspects.Memory))
                {
                    outcome = outcome.Combine(MemoryOutcomeValidator.Validate(run, entry));
                }

                if (aspects.HasFlag(CheckAspects.Throughput))
                {
                    outcome = outcome.Combine(ThroughputOnThisHardware(run, entry, notComparable));
                }

                if (aspects.HasFlag(CheckAspects.Quality))
                {
                    outcome = outcome.Combine(QualityValidator.Validate(run, entry, ReferenceRun(run, sameInvocation)));
                }
            }
        }

        notes.AddRange(run.SettingsDifferences.Select(d => $"llama.cpp did not run the requested configuration: {d}"));
        if (proposal is { Written: true })
        {
            received.Add(proposal.ReceivedPath!);
            notes.Add($"baseline proposal written to {folder.Relative(proposal.ReceivedPath!)}: {string.Join("; ", proposal.Reasons)}");
        }

        if (aspects.HasFlag(CheckAspects.Snapshot) && options.Snapshots)
        {
            outcome = outcome.Combine(CompareSnapshot(run, received, notes, missing, notComparable));
        }

        return new RunVerdict
        {
            Key = key,
            RunIndex = index,
            Status = StatusOf(outcome, missing, notComparable),
            Violations = outcome.Violations,
            Skipped = outcome.Skipped,
            NoBaselineReason = missing.Count == 0 ? null : string.Join("; ", missing),
            NotComparableReason = notComparable.Count == 0 ? null : string.Join("; ", notComparable),
            ReceivedFiles = received,
            Notes = notes,
        };
    }

    // The store names a file relative to the baselines folder; made relative to the current folder it would point elsewhere.
    private string SourcePath(string source) => folder.Relative(Path.Combine(folder.Root, source));

    // A figure that cannot be judged is never a pass: missing or incomparable baselines outrank checks that
    // passed, and a verdict that judged nothing is "by design" only when every skip is on the explicit list.
    private static VerdictStatus StatusOf(ValidationOutcome outcome, List<string> missing, List<string> notComparable) =>
        outcome.Violations.Count > 0 ? VerdictStatus.Fail
        : notComparable.Count > 0 ? VerdictStatus.NotComparable
        : missing.Count > 0 ? VerdictStatus.NoBaseline
        : outcome.Checked > 0 ? VerdictStatus.Pass
        : outcome.Skipped.Count > 0 && outcome.Skipped.All(DesignExclusions.Contains) ? VerdictStatus.NotApplicable
        : VerdictStatus.NothingJudged;

    /// <summary>
    /// Absolute speed means something only on the hardware it was recorded on: a GPU baseline from other
    /// hardware is not comparable. CPU machines whose fingerprints read the same differ by 2× in speed (and
    /// one machine by 1.3–1.7× from one session to the next), so absolute CPU figures are reported, never
    /// asserted: the CPU gate asserts speed ratios measured side by side instead.
    /// </summary>
    private static ValidationOutcome ThroughputOnThisHardware(RunResult run, BaselineEntry entry, List<string> notComparable)
    {
        if (run.ResumedDocuments is { } earlier)
        {
            return new ValidationOutcome([], [new SkippedCheck("absolute throughput", $"a resumed run: {earlier} of its {run.DocumentCount} documents were timed in an earlier invocation, so its speed is not judged")]);
        }

        if (RunKey.Of(run).HardwareClass == nameof(Hardware.HardwareClass.CPU))
        {
            return new ValidationOutcome([], [DesignExclusions.CpuAbsoluteThroughput]);
        }

        var recorded = entry.Provenance?.HardwareFingerprint ?? "";
        if (string.Equals(recorded, run.Metadata.HardwareFingerprint, StringComparison.Ordinal))
        {
            return ThroughputValidator.Validate(run, entry);
        }

        notComparable.Add($"hardware differs: recorded on {recorded}, this run on {run.Metadata.HardwareFingerprint}");
        return ValidationOutcome.Empty;
    }

    private ValidationOutcome CompareSnapshot(RunResult run, List<string> received, List<string> notes, List<string> missing, List<string> notComparable)
    {
        if (snapshots.ConfigurationDifferences(run) is { Count: > 0 } differences)
        {
            notComparable.Add($"the verified snapshot was recorded under another configuration ({string.Join("; ", differences)})");
            if (snapshots.Compare(run, out _, options.ReceivedFiles) is { Status: not ComparisonStatus.Matched } other && options.ReceivedFiles)
            {
                received.Add(other.ReceivedPath);
                notes.Add($"this configuration's outputs written to {folder.Relative(other.ReceivedPath)}; if this configuration is the one to gate, review it and run `{other.Key.ApproveCommand}`");
            }

            return ValidationOutcome.Empty;
        }

        var comparison = snapshots.Compare(run, out var skipReason, options.ReceivedFiles);
        if (comparison is null)
        {
            // The one skip that is by design (DesignExclusions); a run that did not complete judged nothing.
            var skipped = skipReason!.StartsWith(DesignExclusions.SyntheticRepeatedToken.Reason, StringComparison.Ordinal)
                ? DesignExclusions.SyntheticRepeatedToken
                : new SkippedCheck(FigureNames.OutputSnapshot, skipReason);
            return new ValidationOutcome([], [skipped]);
        }

        switch (comparison.Status)
        {
            case ComparisonStatus.Matched:
                return ValidationOutcome.Empty with { Checked = 1 };
            case ComparisonStatus.New:
                missing.Add($"no verified snapshot (expected {folder.Relative(comparison.VerifiedPath)})");
                if (options.ReceivedFiles)
                {
                    received.Add(comparison.ReceivedPath);
                    notes.Add($"new snapshot written to {folder.Relative(comparison.ReceivedPath)}; review it and run `{comparison.Key.ApproveCommand}`");
                }

                return ValidationOutcome.Empty;
            default:
                if (options.ReceivedFiles)
                {
                    received.Add(comparison.ReceivedPath);
                }

                return new ValidationOutcome(
                    [
                        new Violation
                        {
                            Key = comparison.Key.Subject,
                            Figure = FigureNames.OutputSnapshot,
                            Message = $"{comparison.Key.Subject}: outputs differ from {folder.Relative(comparison.VerifiedPath)} ({comparison.Diff.Summary})\n{comparison.Diff.Text.TrimEnd('\n')}",
                            HowToApprove = options.ReceivedFiles
                                ? $"If the new outputs are intended, run `{comparison.Key.ApproveCommand}` after reviewing {folder.Relative(comparison.ReceivedPath)}"
                                : $"If the new outputs are intended, check again without --no-proposals to write {folder.Relative(comparison.ReceivedPath)}, review it, and run `{comparison.Key.ApproveCommand}`",
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
