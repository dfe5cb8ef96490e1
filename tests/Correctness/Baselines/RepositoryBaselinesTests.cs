using Llama2Validation.Harness;
using Llama2Validation.Harness.Agreement;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Memory;
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

    /// <summary>
    /// Every committed class and what it holds: a memory expectation per memory class, and where a class's
    /// runner recorded them, throughput floors and snapshots per strategy on its gate model. Adding a class's
    /// baselines means adding it here; deleting one fails CI instead of turning its cases into skips.
    /// </summary>
    private static readonly IReadOnlyDictionary<string, (string? GateModel, bool Snapshots)> Recorded = new Dictionary<string, (string?, bool)>
    {
        ["CPU"] = ("l2v-summariser", true),
        ["H200"] = ("l2v-llama2-7b", true),
    };

    /// <summary>
    /// Snapshots deliberately not committed: the random 7B's 4-bit output on the H200 was one token repeated 300
    /// times, which approval now refuses (agreement judges that strategy instead).
    /// </summary>
    private static readonly HashSet<(string HardwareClass, string Strategy)> DegenerateSnapshots = [("H200", "4-bit")];

    /// <summary>Classes whose agreement reference and floors are approved, with the model they were taken on.</summary>
    private static readonly IReadOnlyDictionary<string, string> AgreementRecorded = new Dictionary<string, string>
    {
        ["CPU"] = "l2v-summariser",
    };

    [Fact]
    public void EveryCommittedFile_IsPinned_AndEveryPinnedFileIsCommitted()
    {
        var root = RepositoryLayout.Current.BaselinesFolder;
        var committed = Directory.EnumerateFiles(root, "*.verified.*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);

        committed.Should().Equal(Pinned().Order(StringComparer.Ordinal));
    }

    private static IEnumerable<string> Pinned()
    {
        foreach (var memoryClass in MemoryClasses.All)
        {
            foreach (var strategy in StrategyCatalog.InProcess)
            {
                yield return MemoryExpectations.Key(memoryClass, strategy).RelativeVerifiedPath;
            }
        }

        foreach (var (hardwareClass, (model, snapshots)) in Recorded)
        {
            foreach (var strategy in StrategyCatalog.Names)
            {
                var key = new RunKey(hardwareClass, strategy, model!);
                yield return new ApprovalKey(ApprovalKind.Baseline, key).RelativeVerifiedPath;
                if (snapshots && !DegenerateSnapshots.Contains((hardwareClass, strategy)))
                {
                    yield return new ApprovalKey(ApprovalKind.Snapshot, key).RelativeVerifiedPath;
                }

                if (hardwareClass == nameof(HardwareClass.CPU))
                {
                    yield return new ApprovalKey(ApprovalKind.Baseline, key with { Model = CpuSpeedRatios.ModelIdentity }).RelativeVerifiedPath;
                }
            }
        }

        foreach (var (hardwareClass, model) in AgreementRecorded)
        {
            var store = new AgreementStore(ApprovalFolder.For(RepositoryLayout.Current), hardwareClass, model);
            yield return store.ReferenceKey.RelativeVerifiedPath;
            foreach (var strategy in StrategyCatalog.Names)
            {
                yield return store.FloorsKey(strategy).RelativeVerifiedPath;
            }
        }
    }

    public static TheoryData<string> GpuStrategies() => [.. StrategyCatalog.Names];

    [Theory]
    [MemberData(nameof(GpuStrategies))]
    public void EveryRecordedGpuCase_HasAConfiguredBaseline_WithFloorsProvenanceAndASnapshot(string strategy)
    {
        foreach (var (hardwareClass, (model, _)) in Recorded.Where(r => r.Key != nameof(HardwareClass.CPU)))
        {
            var key = new RunKey(hardwareClass, strategy, model!);
            var entry = Store.Find(key).Entry;

            entry.Should().NotBeNull(Store.Find(key).MissingReason);
            entry!.Configuration.Should().NotBeNull($"{key} must say what it was measured with, or no runner can repeat it");
            entry.Throughput?.DocsPerSecond.Should().NotBeNull($"{key} must hold a docs/s floor: a GPU baseline without throughput judges nothing");
            entry.Provenance?.HardwareFingerprint.Should().StartWith(hardwareClass, "absolute speed is judged only on the hardware it was recorded on");
        }
    }

    [Fact]
    public void EveryMemoryExpectation_CoversEveryParallelCount_OfItsClassAndStrategy()
    {
        var folder = ApprovalFolder.For(RepositoryLayout.Current);
        foreach (var memoryClass in MemoryClasses.All)
        {
            foreach (var strategy in StrategyCatalog.InProcess)
            {
                var key = MemoryExpectations.Key(memoryClass, strategy);
                var file = MemoryExpectations.Parse(folder.ReadVerified(key) ?? "null");

                file.Should().NotBeNull($"baselines/{key.RelativeVerifiedPath} must be committed");
                file!.Rows.Select(r => r.ParallelSequences).Should().Equal(SeedWorkload.ParallelCounts, key.RelativeVerifiedPath);
                file.Rows.Should().OnlyContain(r => Enum.IsDefined(r.Expected), key.RelativeVerifiedPath);
            }
        }
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
