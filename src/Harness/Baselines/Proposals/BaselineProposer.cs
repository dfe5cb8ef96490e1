using System.Globalization;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Proposals;

/// <summary>
/// Proposes baseline figures from repeat runs of one key, through the received/verified convention:
/// when no baseline exists, or a figure moved beyond its tolerance (up as well as down), the proposal
/// is written as <c>*.received.json</c> beside the verified file; otherwise a stale proposal is removed.
/// Other entries of the verified file and its memory expectations are carried over unchanged.
/// </summary>
public sealed class BaselineProposer(ApprovalFolder folder)
{
    private readonly ApprovalFolder folder = folder ?? throw new ArgumentNullException(nameof(folder));

    /// <param name="repeats">Runs of one key.</param>
    /// <param name="verified">The approved entry, if any.</param>
    /// <param name="machine">
    /// The other keys recorded on the same machine in the same recording: runs on one machine share its
    /// noise (other processes, clocks, caches), so each figure's spread is at least that figure's largest
    /// spread among them. None by default.
    /// </param>
    public BaselineProposal Propose(IReadOnlyList<RunResult> repeats, BaselineEntry? verified, MachineNoise? machine = null)
    {
        ArgumentNullException.ThrowIfNull(repeats);
        if (repeats.Count == 0)
        {
            throw new ArgumentException("At least one run is needed.", nameof(repeats));
        }

        var subject = RunKey.Of(repeats[0]);
        if (repeats.Any(r => RunKey.Of(r) != subject))
        {
            throw new ArgumentException($"Repeats must share one key; expected {subject}.", nameof(repeats));
        }

        var key = new ApprovalKey(ApprovalKind.Baseline, subject);
        // A resumed run's timings cover only its last part: never figures for a baseline.
        var completed = repeats.Where(r => r.Outcome == RunOutcome.Completed && r.ResumedDocuments is null).ToList();
        if (completed.Count == 0)
        {
            return new BaselineProposal(key, null, [repeats.Any(r => r.ResumedDocuments is not null)
                ? "no run in one piece to propose figures from (a resumed run's timings cover only its last part)"
                : "no completed run to propose figures from"], null);
        }

        var proposed = Build(subject, completed, verified, machine ?? MachineNoise.None);
        var reasons = Reasons(verified, proposed);
        if (reasons.Count == 0)
        {
            folder.DiscardReceived(key);
            return new BaselineProposal(key, proposed, reasons, null);
        }

        var path = folder.WriteReceived(key, BaselineFile.Format(MergeIntoVerifiedDocument(key, proposed)));
        return new BaselineProposal(key, proposed, reasons, path);
    }

    private static BaselineEntry Build(RunKey subject, List<RunResult> runs, BaselineEntry? verified, MachineNoise machine)
    {
        var first = runs[0];
        var synthetic = runs.Any(r => r.Metadata.ModelSynthetic);
        var rouge = runs.Where(r => r.Rouge1F1 is > 0).Select(r => r.Rouge1F1!.Value).ToList();
        QualityFloors? quality = null;
        if (!synthetic && rouge.Count > 0)
        {
            var recorded = Spread.Median(rouge);
            quality = new QualityFloors
            {
                Rouge1Recorded = recorded,
                Rouge1Minimum = QualityDefaults.AbsoluteFloor(recorded),
                // A relative floor is a reviewed choice; keep the verified one rather than re-deriving it.
                Rouge1RelativeToDefaultMinimum = verified?.Quality?.Rouge1RelativeToDefaultMinimum
                    ?? QualityDefaults.RelativeFloor(subject.Strategy, first.Spec.Weights),
            };
        }

        return new BaselineEntry
        {
            HardwareClass = subject.HardwareClass,
            Strategy = subject.Strategy,
            Model = subject.Model,
            // CPU speed is judged by ratios measured side by side (SpeedRatioProposer); absolute CPU
            // figures move 2× between machines that look alike, so none is proposed as a floor.
            Throughput = subject.HardwareClass == nameof(Hardware.HardwareClass.CPU)
                ? verified?.Throughput is { SpeedRatio: not null } kept ? new ThroughputFloors { SpeedRatio = kept.SpeedRatio, SpeedRatioReference = kept.SpeedRatioReference } : null
                : (verified?.Throughput ?? new ThroughputFloors()) with
                {
                    DocsPerSecond = FigureOf(runs, r => r.DocsPerSecond, machine, verified?.Throughput?.DocsPerSecond),
                    DecodeTokensPerSecond = FigureOf(runs, r => r.DecodeTokensPerSecond, machine, verified?.Throughput?.DecodeTokensPerSecond),
                    TimeToFirstTokenP90Seconds = FigureOf(runs, r => r.TimeToFirstTokenP90Seconds, machine, verified?.Throughput?.TimeToFirstTokenP90Seconds),
                    OutputTokensPerSecond = FigureOf(runs, r => r.Serving?.OutputTokensPerSecond ?? 0, machine, verified?.Throughput?.OutputTokensPerSecond),
                    TimeToFirstTokenP99Seconds = FigureOf(runs, r => r.Serving?.TimeToFirstToken.P99 ?? 0, machine, verified?.Throughput?.TimeToFirstTokenP99Seconds),
                    TimePerOutputTokenP90Seconds = FigureOf(runs, r => r.Serving?.TimePerOutputToken.P90 ?? 0, machine, verified?.Throughput?.TimePerOutputTokenP90Seconds),
                    TimePerOutputTokenP99Seconds = FigureOf(runs, r => r.Serving?.TimePerOutputToken.P99 ?? 0, machine, verified?.Throughput?.TimePerOutputTokenP99Seconds),
                },
            Quality = quality,
            Memory = verified?.Memory ?? [],
            Configuration = Identity.RunConfiguration.Of(first),
            Provenance = new BaselineProvenance
            {
                HardwareFingerprint = first.Metadata.HardwareFingerprint,
                HardwareDescription = NullIfEmpty(first.Metadata.HardwareDescription),
                HarnessCommit = first.Metadata.HarnessCommit,
                RecordedAt = first.Metadata.StartedAt == default ? DateTimeOffset.UtcNow : first.Metadata.StartedAt,
                LlamaSharpVersion = NullIfEmpty(first.Metadata.LlamaSharpVersion) ?? HarnessInfo.LlamaSharpVersion,
                ModelSynthetic = synthetic,
                ModelSha256 = NullIfEmpty(first.Metadata.ModelSha256),
                DatasetHash = NullIfEmpty(first.Metadata.DatasetHash),
                NativeLibrarySha256 = NullIfEmpty(first.Metadata.NativeLibrarySha256),
                NativeBuildIdentity = NullIfEmpty(first.Metadata.NativeBuildIdentity),
            },
        };
    }

    // Figures a run did not measure (0) are left out rather than recorded as a floor of zero.
    private static MeasuredFigure? FigureOf(List<RunResult> runs, Func<RunResult, double> figure, MachineNoise machine, MeasuredFigure? verified)
    {
        var values = runs.Select(figure).Where(v => double.IsFinite(v) && v > 0).ToList();
        return values.Count == 0 ? null : KeepPooledSpread(NoiseModel.Figure(values, machine.SpreadOf(figure, values.Count)), verified);
    }

    /// <summary>
    /// The verified figure's spread and repeat count, when it pooled more runs than this recording has and its
    /// spread, scaled to this recording's count, is the wider: a re-recording on one machine (after a
    /// configuration change, say) does not shrink the spread that runs on several machines of the class
    /// showed. Two H200s of one fingerprint measured 8% apart (docs/gpu.md), more than three passes on either
    /// card spread. The pooled spread is kept with its own count, not rescaled to this recording's, so it
    /// survives every later re-recording and the tolerance the store recomputes from it stays the same. A
    /// recording of as many runs as the verified one, or more, stands on its own spread.
    /// </summary>
    private static MeasuredFigure KeepPooledSpread(MeasuredFigure own, MeasuredFigure? verified)
    {
        if (verified is not { Repeats: var pooled, RelativeSpread: var spread } || pooled <= own.Repeats || !double.IsFinite(spread)
            || spread * NoiseModel.RangeScale(pooled, own.Repeats) <= own.RelativeSpread)
        {
            return own;
        }

        return own with { RelativeSpread = spread, Repeats = pooled, Tolerance = NoiseModel.Tolerance(spread, pooled) };
    }

    private static List<string> Reasons(BaselineEntry? verified, BaselineEntry proposed)
    {
        if (verified is null)
        {
            return ["no verified baseline yet"];
        }

        var reasons = new List<string>();
        if (proposed.Configuration is { } configuration
            && (verified.Configuration is null || Identity.RunConfiguration.Differences(verified.Configuration, configuration).Count > 0))
        {
            reasons.Add(verified.Configuration is null
                ? "the verified baseline records no configuration"
                : $"measured under another configuration ({string.Join("; ", Identity.RunConfiguration.Differences(verified.Configuration, configuration))})");
        }

        void Compare(string name, MeasuredFigure? before, MeasuredFigure? after)
        {
            if (after is null)
            {
                return;
            }

            if (before is null)
            {
                reasons.Add($"{name} is not recorded yet");
            }
            else if (before.Moved(after.Recorded))
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{name} moved from {before.Recorded:G4} to {after.Recorded:G4} ({(after.Recorded / before.Recorded) - 1:+0.0%;-0.0%}), beyond its tolerance of {before.Tolerance:0.0%}"));
            }
        }

        Compare(FigureNames.DocsPerSecond, verified.Throughput?.DocsPerSecond, proposed.Throughput?.DocsPerSecond);
        Compare(FigureNames.DecodeTokensPerSecond, verified.Throughput?.DecodeTokensPerSecond, proposed.Throughput?.DecodeTokensPerSecond);
        Compare(FigureNames.TimeToFirstTokenP90, verified.Throughput?.TimeToFirstTokenP90Seconds, proposed.Throughput?.TimeToFirstTokenP90Seconds);
        Compare(FigureNames.OutputTokensPerSecond, verified.Throughput?.OutputTokensPerSecond, proposed.Throughput?.OutputTokensPerSecond);
        Compare(FigureNames.TimeToFirstTokenP99, verified.Throughput?.TimeToFirstTokenP99Seconds, proposed.Throughput?.TimeToFirstTokenP99Seconds);
        Compare(FigureNames.TimePerOutputTokenP90, verified.Throughput?.TimePerOutputTokenP90Seconds, proposed.Throughput?.TimePerOutputTokenP90Seconds);
        Compare(FigureNames.TimePerOutputTokenP99, verified.Throughput?.TimePerOutputTokenP99Seconds, proposed.Throughput?.TimePerOutputTokenP99Seconds);
        if (proposed.Quality is { } quality)
        {
            if (verified.Quality is not { } before)
            {
                reasons.Add($"{FigureNames.Rouge1} is not recorded yet");
            }
            else if (before.Rouge1Minimum is { } minimum && Math.Abs(quality.Rouge1Recorded - before.Rouge1Recorded) > before.Rouge1Recorded - minimum)
            {
                reasons.Add(string.Create(CultureInfo.InvariantCulture, $"{FigureNames.Rouge1} moved from {before.Rouge1Recorded:F4} to {quality.Rouge1Recorded:F4}, beyond its floor's margin"));
            }
        }

        return reasons;
    }

    /// <summary>The verified document with this key's entry replaced (or added), so approving keeps the file's other entries.</summary>
    private BaselineDocument MergeIntoVerifiedDocument(ApprovalKey key, BaselineEntry proposed)
    {
        var existing = folder.ReadVerified(key) is { } json ? BaselineFile.Parse(json, key.RelativeVerifiedPath).Document : null;
        var others = existing?.Entries.Where(e => e is not null && e.Key != proposed.Key) ?? [];
        return new BaselineDocument
        {
            SchemaVersion = BaselineDocument.CurrentSchemaVersion,
            Entries = [.. others, proposed],
        };
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
