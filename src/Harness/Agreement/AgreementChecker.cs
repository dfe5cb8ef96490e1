using System.Globalization;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;

namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// Judges one strategy's agreement figures against its approved floors: mean KL and p99 KL at most their
/// maximum, top-1 agreement at least its minimum. Cannot judge (no baseline / not comparable) where the
/// reference had to be recorded by this run or the floors are not approved.
/// </summary>
public static class AgreementChecker
{
    public static RunVerdict Check(AgreementMeasurement measurement, string strategy, ApprovalFolder folder)
    {
        ArgumentNullException.ThrowIfNull(measurement);
        ArgumentNullException.ThrowIfNull(folder);
        var key = new RunKey(measurement.HardwareClass, strategy, measurement.Model);
        var store = new AgreementStore(folder, measurement.HardwareClass, measurement.Model);
        var approveAll = $"review and approve with `l2v approve --kind agreement --class {measurement.HardwareClass} --model {measurement.Model}`";
        if (measurement.NotComparableReason is { } differs)
        {
            return new RunVerdict
            {
                Key = key,
                Status = VerdictStatus.NotComparable,
                NotComparableReason = $"the approved agreement reference {AgreementStore.RelativePath(store.ReferenceKey)} was recorded differently ({differs}); a new one was recorded: {approveAll}",
            };
        }

        if (measurement.RecordedNow)
        {
            return new RunVerdict
            {
                Key = key,
                Status = VerdictStatus.NoBaseline,
                NoBaselineReason = $"no approved agreement reference {AgreementStore.RelativePath(store.ReferenceKey)}; this run recorded one: {approveAll}",
            };
        }

        if (measurement.FiguresOf(strategy) is not { } figures)
        {
            var skipped = measurement.Sides.FirstOrDefault(s => string.Equals(s.Strategy, strategy, StringComparison.OrdinalIgnoreCase))?.Skipped ?? [];
            return Failed(key, "agreement positions", $"{key}: no reference document could be teacher-forced ({string.Join("; ", skipped.DefaultIfEmpty("not measured"))})", "fix the run: every strategy must take the reference's documents");
        }

        if (store.ReadFloors(strategy) is not { } floors)
        {
            return new RunVerdict
            {
                Key = key,
                Status = VerdictStatus.NoBaseline,
                NoBaselineReason = $"no approved agreement floors {AgreementStore.RelativePath(store.FloorsKey(strategy))}: {approveAll}",
            };
        }

        if (!string.Equals(floors.ReferenceSha256, measurement.Reference.ModelSha256, StringComparison.OrdinalIgnoreCase))
        {
            return new RunVerdict
            {
                Key = key,
                Status = VerdictStatus.NotComparable,
                NotComparableReason = $"{AgreementStore.RelativePath(store.FloorsKey(strategy))} was measured against reference model sha256 {floors.ReferenceSha256}, the reference is {measurement.Reference.ModelSha256}: {approveAll}",
            };
        }

        var how = $"If the change is intended, {approveAll} (the proposal is {AgreementStore.RelativePath(store.FloorsKey(strategy), received: true)})";
        var violations = new List<Violation>();
        if (figures.MeanKl > floors.MeanKlMaximum)
        {
            violations.Add(Violation(key, "mean KL (nats)", figures.MeanKl, floors.MeanKlMaximum, floors.Recorded.MeanKl, figures, how));
        }

        if (figures.P99Kl > floors.P99KlMaximum)
        {
            violations.Add(Violation(key, "p99 KL (nats)", figures.P99Kl, floors.P99KlMaximum, floors.Recorded.P99Kl, figures, how));
        }

        if (figures.Top1 < floors.Top1Minimum)
        {
            violations.Add(Violation(key, "top-1 agreement", figures.Top1, floors.Top1Minimum, floors.Recorded.Top1, figures, how));
        }

        return new RunVerdict { Key = key, Status = violations.Count == 0 ? VerdictStatus.Pass : VerdictStatus.Fail, Violations = violations };
    }

    private static Violation Violation(RunKey key, string figure, double measured, double limit, double recorded, AgreementFigures figures, string how) => new()
    {
        Key = key,
        Figure = figure,
        Measured = measured,
        Limit = limit,
        Recorded = recorded,
        Message = string.Create(CultureInfo.InvariantCulture,
            $"{key}: {figure} {measured:G4} is {(measured < limit ? "below its floor" : "above its ceiling")} {limit:G4} (approved run: {recorded:G4}) — agreement with the F16 reference over {figures.Positions} positions of {figures.Documents} documents: mean KL {figures.MeanKl:G4}, p99 KL {figures.P99Kl:G4}, top-1 {figures.Top1:P2}, {figures.DivergedDocuments} documents diverge"),
        HowToApprove = how,
    };

    private static RunVerdict Failed(RunKey key, string figure, string message, string how) => new()
    {
        Key = key,
        Status = VerdictStatus.Fail,
        Violations = [new Violation { Key = key, Figure = figure, Message = message, HowToApprove = how }],
    };
}
