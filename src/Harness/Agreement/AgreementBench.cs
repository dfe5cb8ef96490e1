using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Running;

namespace Llama2Validation.Harness.Agreement;

/// <summary>
/// Measures every strategy of a plan against the approved F16 reference of its class and model, in one
/// worker. Where no reference is approved, or the approved one was recorded from another model file, on
/// other prompts or under another configuration, the reference is recorded first (and written as a
/// received file for a person to approve) and the strategies are measured against that.
/// Every strategy's proposed floors are written as received files whenever they differ from the verified ones.
/// </summary>
public static class AgreementBench
{
    public static async Task<AgreementMeasurement> MeasureAsync(AgreementPlan plan, ApprovalFolder folder, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(folder);
        var referenceSpec = plan.ReferenceSpec;
        var referenceModel = plan.ModelFor(referenceSpec.Weights);
        var sides = new[] { referenceSpec }.Concat(plan.Strategies.Where(s => s != referenceSpec))
            .Select(spec => new RunRequest { Spec = spec, ModelPath = plan.ModelFor(spec.Weights).Path, Examples = [], NativeLibraryPath = plan.NativeLibraryPath, GpuLayers = plan.GpuLayers })
            .ToList();
        var configuration = AgreementStore.ConfigurationOf(referenceSpec, plan.GpuLayers);
        var store = new AgreementStore(folder, plan.HardwareClass, referenceModel.Identity);
        var stored = store.ReadReference();
        var notComparable = stored is null ? null : AgreementStore.Differences(stored, referenceModel.Sha256, plan.DatasetHash, configuration);
        var reference = notComparable is null ? stored : null;

        var result = await AgreementWorkerHost.RunAsync(
            new AgreementRequest { Sides = sides, Examples = plan.Examples, Reference = reference, OutputPath = "" }, cancellationToken).ConfigureAwait(false);
        reference ??= new AgreementReference
        {
            HardwareClass = plan.HardwareClass,
            Model = referenceModel.Identity,
            ModelSha256 = referenceModel.Sha256,
            DatasetHash = plan.DatasetHash,
            Configuration = configuration,
            Backend = result.Backend ?? "unknown",
            TopK = AgreementDefaults.TopK,
            MaxNewTokens = AgreementDefaults.MaxNewTokens,
            Documents = result.Recorded,
        };
        if (stored is not null && reference == stored && !string.Equals(stored.Backend, result.Backend, StringComparison.Ordinal))
        {
            notComparable = $"backend: recorded {stored.Backend}, this run {result.Backend}";
        }

        if (result.Recorded.Count > 0)
        {
            store.ProposeReference(reference);
        }

        foreach (var side in result.Sides.Where(s => s.Documents.Count > 0))
        {
            store.ProposeFloors(AgreementFloorRule.Propose(side.Figures, reference.ModelSha256));
        }

        return new AgreementMeasurement
        {
            HardwareClass = plan.HardwareClass,
            Model = referenceModel.Identity,
            Reference = reference,
            RecordedNow = result.Recorded.Count > 0,
            NotComparableReason = notComparable,
            Sides = result.Sides,
        };
    }
}
