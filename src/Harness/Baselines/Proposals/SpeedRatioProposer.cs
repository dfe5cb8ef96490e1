using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Harness.Baselines.Proposals;

/// <summary>
/// Proposes CPU speed-ratio floors from several separate measurements (each the median over its groups):
/// recorded = the median of those medians, spread = their range over it, tolerance from the noise model.
/// The measurements the verified floor came from are pooled with this session's (the newest
/// <see cref="MaximumSamples"/>), because a ratio moves between sessions more than within one: a floor from
/// one session failed clean changes in the next. Written as received files beside the verified baseline,
/// whose other sections are kept.
/// </summary>
public sealed class SpeedRatioProposer(ApprovalFolder folder, BaselineStore store, Hardware.HardwareReport hardware)
{
    /// <summary>
    /// Each recording is already a median over many groups whose sides ran side by side, so its noise is
    /// far below a single run's: twice the recordings' relative range (about 4.5 standard deviations of that
    /// median for five recordings), at least 5% and at most 30%, so a 20% slowdown stays visible.
    /// </summary>
    public static MeasuredFigure Floor(IReadOnlyList<double> medians)
    {
        ArgumentNullException.ThrowIfNull(medians);
        var spread = Spread.Relative(medians);
        return new MeasuredFigure
        {
            Recorded = Spread.Median(medians),
            RelativeSpread = spread,
            Repeats = medians.Count,
            Samples = [.. medians],
            Tolerance = ToleranceRule.SessionMedians.Tolerance(spread, medians.Count),
        };
    }

    public static double RangeMultiplier => ToleranceRule.SessionMedians.Multiplier(NoiseModel.MinimumRepeatsForSpread);

    public static double MaximumTolerance => ToleranceRule.SessionMedians.Maximum;

    /// <summary>Three sessions of five: older measurements age out, so the floor follows the machine kind.</summary>
    public const int MaximumSamples = 15;

    /// <summary>Writes one received file per ratio; <paramref name="fresh"/> drops the verified floor's measurements (after a change meant to move a ratio).</summary>
    public IReadOnlyList<string> Propose(string hardwareClass, string model, IReadOnlyList<IReadOnlyList<RatioMeasurement>> recordings, bool fresh = false)
    {
        ArgumentNullException.ThrowIfNull(recordings);
        if (recordings.Count < NoiseModel.MinimumRepeatsForSpread)
        {
            throw new ArgumentException($"A speed-ratio floor needs at least {NoiseModel.MinimumRepeatsForSpread} separate recordings; one run's noise is no floor.", nameof(recordings));
        }

        var written = new List<string>();
        foreach (var ratio in CpuSpeedRatios.All)
        {
            var key = new RunKey(hardwareClass, ratio.Strategy, model);
            var verified = store.Find(key).Entry ?? new BaselineEntry { HardwareClass = hardwareClass, Strategy = ratio.Strategy, Model = model };
            var earlier = fresh || verified.Throughput?.SpeedRatioReference != ratio.Reference ? null : verified.Throughput.SpeedRatio?.Samples;
            var medians = (earlier ?? []).Concat(recordings.Select(r => r.Single(m => m.Ratio == ratio).Median)).TakeLast(MaximumSamples).ToList();
            var proposed = verified with
            {
                Throughput = (verified.Throughput ?? new ThroughputFloors()) with
                {
                    SpeedRatio = Floor(medians),
                    SpeedRatioReference = ratio.Reference,
                },
                Provenance = new BaselineProvenance
                {
                    HardwareFingerprint = hardware.Fingerprint,
                    HardwareDescription = hardware.Description,
                    HarnessCommit = HarnessInfo.Commit,
                    RecordedAt = DateTimeOffset.UtcNow,
                    LlamaSharpVersion = HarnessInfo.LlamaSharpVersion,
                    // The ratios run on a generated model: speed carries over, quality is not judged.
                    ModelSynthetic = true,
                },
            };
            var approvalKey = new ApprovalKey(ApprovalKind.Baseline, key);
            var others = folder.ReadVerified(approvalKey) is { } json
                ? BaselineFile.Parse(json, approvalKey.RelativeVerifiedPath).Document?.Entries.Where(e => e is not null && e.Key != key) ?? []
                : [];
            written.Add(folder.WriteReceived(approvalKey, BaselineFile.Format(new BaselineDocument
            {
                SchemaVersion = BaselineDocument.CurrentSchemaVersion,
                Entries = [.. others, proposed],
            })));
        }

        return written;
    }
}
