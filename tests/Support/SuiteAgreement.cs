using System.Collections.Concurrent;
using Llama2Validation.Harness;
using Llama2Validation.Harness.Agreement;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Approval.Paths;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// Every strategy's agreement with the approved F16 reference, measured once per test process and target
/// (one worker, a few seconds per strategy on the CPU) and shared by that target's agreement cases.
/// </summary>
public static class SuiteAgreement
{
    private static readonly ConcurrentDictionary<string, Lazy<Task<AgreementMeasurement>>> Measured = new(StringComparer.Ordinal);

    public static ApprovalFolder Folder => ApprovalFolder.For(RepositoryLayout.Current);

    public static Task<AgreementMeasurement> ForAsync(HardwareTarget target) =>
        Measured.GetOrAdd(target.ToString(), _ => new Lazy<Task<AgreementMeasurement>>(() => MeasureAsync(target))).Value;

    private static async Task<AgreementMeasurement> MeasureAsync(HardwareTarget target)
    {
        var plan = await SuiteRuns.PlanAsync(target, StrategyCatalog.InProcess).ConfigureAwait(false);
        var specs = StrategyCatalog.InProcess
            .Select(spec => SuiteRuns.SpecFor(target, spec, target.RunsAnywhere ? null : ApprovedBaselines.Gate.Decide(new GateCase(target, spec)).ModelIdentity))
            .ToList();
        var measurement = await AgreementBench.MeasureAsync(
            new AgreementPlan
            {
                HardwareClass = RunKey.CanonicalClass(target.ToString()),
                Strategies = specs,
                ModelFor = plan.ModelFor,
                Examples = plan.Examples,
                DatasetHash = plan.DatasetHash,
                NativeLibraryPath = plan.NativeLibraryPath,
                GpuLayers = plan.GpuLayers,
            },
            Folder,
            CancellationToken.None).ConfigureAwait(false);

        // Beside the suite's results, for CI to upload: what each strategy's agreement was, with the ROUGE-1
        // of the runs this invocation already made (none are started for it).
        var rouge = StrategyCatalog.Names
            .Select(strategy => Path.Combine(SuiteRuns.OutputFolder, $"results-{FileNameSanitizer.Sanitize(target.ToString())}-{FileNameSanitizer.Sanitize(strategy)}.json"))
            .Where(File.Exists)
            .SelectMany(path => ResultsStore.Read(path).Runs)
            .Where(run => run.Rouge1F1 is not null)
            .GroupBy(run => run.Strategy, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.Last().Rouge1F1!.Value, StringComparer.OrdinalIgnoreCase);
        await File.WriteAllTextAsync(
            Path.Combine(SuiteRuns.OutputFolder, $"agreement-{FileNameSanitizer.Sanitize(target.ToString())}.md"),
            AgreementTable.Markdown(measurement, rouge)).ConfigureAwait(false);
        return measurement;
    }
}
