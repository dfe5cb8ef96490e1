using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Identity;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Baselines.Identity;

/// <summary>A baseline judges only runs of its own configuration, dataset and (for GPU speed) hardware.</summary>
public sealed class ComparabilityTests : IDisposable
{
    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void ARunWithAnotherParallelCount_IsNotComparable_NamingParallel_NeverARegression()
    {
        var recordedRun = TestRuns.Run(hardwareClass: "H200") with { Spec = StrategyCatalog.Batched with { ParallelSequences = 4 } };
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(hardwareClass: "H200") with { Configuration = RunConfiguration.Of(recordedRun) });
        var eight = TestRuns.Run(hardwareClass: "H200", docsPerSecond: 0.5) with { Spec = StrategyCatalog.Batched with { ParallelSequences = 8 } };

        var verdict = BaselineChecker.For(sandbox.Layout).Check(eight, [eight], CheckAspects.Throughput);

        verdict.Status.Should().Be(VerdictStatus.NotComparable);
        verdict.Violations.Should().BeEmpty();
        verdict.NotComparableReason.Should().Contain("parallelSequences: recorded 4, this run 8");
    }

    [Fact]
    public void TheSameLibllama_OverOtherGgmlLibraries_IsJudged_AndTheVerdictSaysTheEngineChanged()
    {
        var entry = TestBaselines.Entry(hardwareClass: "H200");
        entry = entry with { Provenance = entry.Provenance! with { NativeLibrarySha256 = new string('1', 64), NativeBuildIdentity = new string('2', 64) } };
        var run = TestRuns.Run(hardwareClass: "H200");
        run = run with { Metadata = run.Metadata with { NativeLibrarySha256 = new string('1', 64), NativeBuildIdentity = new string('3', 64) } };

        Comparability.EngineNotes(run, entry).Should().ContainSingle().Which.Should().Contain("other ggml libraries");
        Comparability.EngineNotes(run with { Metadata = run.Metadata with { NativeBuildIdentity = new string('2', 64) } }, entry).Should().BeEmpty();
    }

    [Fact]
    public void AnotherDataset_IsNotComparable()
    {
        var recordedRun = TestRuns.Run(hardwareClass: "H200");
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(hardwareClass: "H200") with { Configuration = RunConfiguration.Of(recordedRun) });
        var other = recordedRun with { Metadata = recordedRun.Metadata with { DatasetHash = "dataset-2" } };

        BaselineChecker.For(sandbox.Layout).Check(other, [other], CheckAspects.Throughput).NotComparableReason
            .Should().Contain("datasetHash: recorded dataset-1, this run dataset-2");
    }

    [Fact]
    public void GpuSpeed_FromOtherHardware_IsNotComparable()
    {
        var recordedRun = TestRuns.Run(hardwareClass: "H200");
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(hardwareClass: "H200") with { Configuration = RunConfiguration.Of(recordedRun) });
        var elsewhere = recordedRun with { Metadata = recordedRun.Metadata with { HardwareFingerprint = "H200|1x NVIDIA H200|143771 MiB|driver 570" } };

        var verdict = BaselineChecker.For(sandbox.Layout).Check(elsewhere, [elsewhere], CheckAspects.Throughput);

        verdict.Status.Should().Be(VerdictStatus.NotComparable);
        verdict.NotComparableReason.Should().Contain("hardware differs");
    }

    [Fact]
    public void ABaselineWithoutConfiguration_CannotJudge()
    {
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(hardwareClass: "H200") with { Configuration = null });
        var run = TestRuns.Run(hardwareClass: "H200");

        BaselineChecker.For(sandbox.Layout).Check(run, [run], CheckAspects.Throughput).Status.Should().Be(VerdictStatus.NotComparable);
    }

    [Fact]
    public void ASnapshotOfAnotherConfiguration_IsNotComparable_AndTheNewOutputsAreOfferedForApproval()
    {
        var four = TestRuns.Run() with { Spec = StrategyCatalog.Batched with { ParallelSequences = 4 } };
        BaselineChecker.For(sandbox.Layout).Check(four, [four], CheckAspects.Snapshot);
        sandbox.Approver.Approve(ApprovalFilter.All);
        var eight = TestRuns.Run(documents: TestRuns.Documents("Other words.")) with { Spec = StrategyCatalog.Batched with { ParallelSequences = 8 } };

        var verdict = BaselineChecker.For(sandbox.Layout).Check(eight, [eight], CheckAspects.Snapshot);

        verdict.Status.Should().Be(VerdictStatus.NotComparable);
        verdict.NotComparableReason.Should().Contain("parallelSequences: recorded 4, this run 8");
        verdict.ReceivedFiles.Should().ContainSingle().Which.Should().EndWith("batched.l2v-tiny.received.txt");
    }

    [Fact]
    public void CpuSpeed_IsReportedNotAsserted_WhateverTheFingerprint()
    {
        var run = TestRuns.Run(docsPerSecond: 0.1);
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry() with { Configuration = RunConfiguration.Of(run) });

        var verdict = BaselineChecker.For(sandbox.Layout).Check(run, [run], CheckAspects.Throughput);

        verdict.Violations.Should().BeEmpty();
        verdict.Skipped.Should().ContainSingle().Which.Reason.Should().Contain("speed ratios");
    }

    public void Dispose() => sandbox.Dispose();
}
