using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Gating;

namespace Llama2Validation.Tests.Support;

/// <summary>The verified baselines of this checkout, loaded once; the gate asks it whether a case has one.</summary>
public static class ApprovedBaselines
{
    private static readonly Lazy<BaselineStore> LazyStore = new(() => BaselineStore.Load(RepositoryLayout.Current));

    private static readonly Lazy<BaselineChecker> LazyChecker = new(() => BaselineChecker.For(RepositoryLayout.Current));

    public static BaselineStore Store => LazyStore.Value;

    /// <summary>The one verdict path: `l2v check` judges with the same checker.</summary>
    public static BaselineChecker Checker => LazyChecker.Value;

    public static bool Has(BaselineKey key) => Store.Find(KeyOf(key)).Found;

    public static RunKey KeyOf(BaselineKey key) => new(RunKey.CanonicalClass(key.Target.ToString()), key.Strategy, key.ModelIdentity);

    /// <summary>The gate for cases that assert against an approved baseline.</summary>
    public static HardwareGate Gate => SuiteContext.Gate(Has);
}
