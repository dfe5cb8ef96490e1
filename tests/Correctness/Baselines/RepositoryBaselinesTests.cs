using Llama2Validation.Harness;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Baselines;

/// <summary>
/// The checkout's own baselines/: a deleted or corrupted file must fail CI, not turn its cases into skips.
/// </summary>
public sealed class RepositoryBaselinesTests
{
    private static readonly BaselineStore Store = BaselineStore.Load(RepositoryLayout.Current);

    [Fact]
    public void EveryFileUnderBaselines_LoadsWithoutProblems()
    {
        Store.Problems.Should().BeEmpty(string.Join(System.Environment.NewLine, Store.Problems));
    }

    public static TheoryData<string> CpuStrategies() => [.. StrategyCatalog.Names];

    [Theory]
    [MemberData(nameof(CpuStrategies))]
    public void EveryCpuCase_HasAConfiguredBaseline_ASpeedRatioFloor_AndASnapshot(string strategy)
    {
        var key = new RunKey(nameof(HardwareClass.CPU), strategy, ModelSources.ProfileOf(HardwareGate.CpuGateModel));
        var ratioKey = key with { Model = CpuSpeedRatios.ModelIdentity };

        var entry = Store.Find(key).Entry;
        var ratio = Store.Find(ratioKey).Entry?.Throughput;

        entry.Should().NotBeNull(Store.Find(key).MissingReason);
        entry!.Configuration.Should().NotBeNull("a CPU baseline must say what it was measured with");
        entry.Quality.Should().NotBeNull("the CPU gate's model is trained: its ROUGE-1 floors must be approved");
        ratio?.SpeedRatio.Should().NotBeNull("the CPU gate asserts every strategy's speed ratio");
        ratio!.SpeedRatioReference.Should().Be(CpuSpeedRatios.For(strategy)!.Reference);
        File.Exists(ApprovalFolder.For(RepositoryLayout.Current).VerifiedPath(new ApprovalKey(ApprovalKind.Snapshot, key)))
            .Should().BeTrue($"the CPU snapshot of {strategy} must be approved");
    }
}
