using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Measurement;

namespace Llama2Validation.Tests.Correctness.Baselines;

public sealed class BaselineCheckerTests : IDisposable
{
    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void NothingVerified_IsNoBaseline_WithReasons_AndProposalsWritten()
    {
        var verdict = BaselineChecker.For(sandbox.Layout).Check([TestRuns.Run()]).Should().ContainSingle().Subject;

        verdict.Status.Should().Be(VerdictStatus.NoBaseline);
        verdict.NoBaselineReason.Should().Contain("no verified baseline for CPU/batched/l2v-tiny").And.Contain("no verified snapshot");
        verdict.ReceivedFiles.Select(Path.GetFileName).Should().BeEquivalentTo("batched.l2v-tiny.received.json", "batched.l2v-tiny.received.txt");
    }

    [Fact]
    public void ApprovedBaselines_PassTheSameRun_AndFailASlowerOne()
    {
        BaselineChecker.For(sandbox.Layout).Check([TestRuns.Run(hardwareClass: "H100")]);
        sandbox.Approver.Approve(ApprovalFilter.All).Should().HaveCount(2);

        var same = BaselineChecker.For(sandbox.Layout).Check([TestRuns.Run(hardwareClass: "H100")]).Single();
        var slower = BaselineChecker.For(sandbox.Layout).Check([TestRuns.Run(hardwareClass: "H100", docsPerSecond: 1.0)]).Single();

        same.Status.Should().Be(VerdictStatus.Pass);
        same.ReceivedFiles.Should().BeEmpty();
        same.Skipped.Should().Contain(s => s.Reason == QualityValidator.SyntheticReason);
        slower.Status.Should().Be(VerdictStatus.Fail);
        slower.Violations.Should().ContainSingle().Which.Figure.Should().Be(FigureNames.DocsPerSecond);
        slower.Notes.Should().ContainSingle().Which.Should().Contain("docs/s moved from 2 to 1");
    }

    [Fact]
    public void AnExpectedOutOfMemory_Passes_AndAnUnexpectedOneFails()
    {
        var expected = new ExpectedMemoryOutcome { ParallelSequences = 8, Expected = MemoryExpectation.OutOfMemory };
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(memory: [expected]));
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(strategy: "default"));
        var checker = BaselineChecker.For(sandbox.Layout);

        var verdicts = checker.Check(
        [
            TestRuns.Run(strategy: "batched", outcome: RunOutcome.OutOfMemory),
            TestRuns.Run(strategy: "default", outcome: RunOutcome.OutOfMemory),
        ]);

        verdicts[0].Status.Should().Be(VerdictStatus.Pass);
        verdicts[1].Status.Should().Be(VerdictStatus.Fail);
        verdicts[1].Violations.Should().ContainSingle().Which.Figure.Should().Be(FigureNames.RunOutcome);
    }

    [Fact]
    public void ASyntheticBaseline_NeverJudgesARealModel()
    {
        // Copy a synthetic baseline under the identity a real model would have.
        var real = TestRuns.Run(synthetic: false, profile: null);
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(model: RunKey.Of(real).Model, synthetic: true));

        var verdict = BaselineChecker.For(sandbox.Layout, new CheckOptions { Snapshots = false }).Check([real]).Single();

        verdict.Status.Should().Be(VerdictStatus.Fail);
        verdict.Violations.Should().ContainSingle(v => v.Figure == FigureNames.Model).Which.Message.Should().Contain("recorded on synthetic weights");
    }

    [Fact]
    public void RelativeRouge_UsesTheDefaultRunOfTheSameResults()
    {
        var quality = new QualityFloors { Rouge1Recorded = 0.264, Rouge1Minimum = 0.20, Rouge1RelativeToDefaultMinimum = 0.92 };
        var fourBit = TestRuns.Run(strategy: "4-bit", synthetic: false, profile: null, rouge1: 0.25);
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(strategy: "4-bit", model: RunKey.Of(fourBit).Model, synthetic: false, quality: quality));
        var goodDefault = TestRuns.Run(strategy: "default", synthetic: false, profile: null, rouge1: 0.26);
        var betterDefault = goodDefault with { Rouge1F1 = 0.30 };
        var checker = BaselineChecker.For(sandbox.Layout, new CheckOptions { Snapshots = false, Proposals = false });

        checker.Check(fourBit, [goodDefault, fourBit]).Status.Should().Be(VerdictStatus.Pass);
        checker.Check(fourBit, [betterDefault, fourBit]).Violations.Should().ContainSingle().Which.Figure.Should().Be(FigureNames.Rouge1RelativeToDefault);
        checker.Check(fourBit, [fourBit]).Skipped.Should().Contain(s => s.Figure == FigureNames.Rouge1RelativeToDefault);
    }

    [Fact]
    public void ABaselineWithoutThroughput_JudgesNothing_AndIsNotExcludedByDesign()
    {
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(hardwareClass: "H100") with { Throughput = null });
        var run = TestRuns.Run(hardwareClass: "H100");

        var verdict = BaselineChecker.For(sandbox.Layout, new CheckOptions { Snapshots = false, Proposals = false }).Check(run, [run], CheckAspects.Throughput);

        verdict.Status.Should().Be(VerdictStatus.NothingJudged);
        verdict.CannotJudgeReason.Should().Contain("the baseline records no throughput floors");
    }

    [Fact]
    public void OnlyTheExplicitList_IsExcludedByDesign()
    {
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry());
        var run = TestRuns.Run();
        var checker = BaselineChecker.For(sandbox.Layout, new CheckOptions { Snapshots = false, Proposals = false });

        var cpuThroughput = checker.Check(run, [run], CheckAspects.Throughput);
        var syntheticQuality = checker.Check(run, [run], CheckAspects.Quality);

        cpuThroughput.Status.Should().Be(VerdictStatus.NotApplicable);
        cpuThroughput.Skipped.Should().Equal(DesignExclusions.CpuAbsoluteThroughput);
        syntheticQuality.Status.Should().Be(VerdictStatus.NotApplicable);
        syntheticQuality.Skipped.Should().Equal(DesignExclusions.SyntheticQuality);
    }

    [Fact]
    public void ASyntheticRunRepeatingOneToken_IsExcludedByDesign_ButARealModelsIsCompared()
    {
        IReadOnlyList<DocumentResult> repeated =
        [
            new() { Id = "doc-a", Outcome = DocumentOutcome.Ok, Output = "x x x", OutputTokenIds = [29377, 29377, 29377] },
            new() { Id = "doc-b", Outcome = DocumentOutcome.Ok, Output = "x x", OutputTokenIds = [29377, 29377] },
        ];
        var checker = BaselineChecker.For(sandbox.Layout, new CheckOptions { Proposals = false });
        var synthetic = TestRuns.Run(hardwareClass: "H100", documents: repeated);
        var real = TestRuns.Run(hardwareClass: "H100", synthetic: false, profile: null, documents: repeated);

        var syntheticVerdict = checker.Check(synthetic, [synthetic], CheckAspects.Snapshot);
        var realVerdict = checker.Check(real, [real], CheckAspects.Snapshot);

        syntheticVerdict.Status.Should().Be(VerdictStatus.NotApplicable, "a declared runner must not fail the one skip the design lists");
        syntheticVerdict.Skipped.Should().Equal(DesignExclusions.SyntheticRepeatedToken);
        realVerdict.Status.Should().NotBe(VerdictStatus.NotApplicable, "a real model that repeats one token is broken and must be compared");
    }

    [Fact]
    public void AMemoryCaseMatchingNoExpectationRow_JudgesNothing()
    {
        var otherCount = new ExpectedMemoryOutcome { ParallelSequences = 64, Expected = MemoryExpectation.Fits };
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(hardwareClass: "H100", memory: [otherCount]));
        var run = TestRuns.Run(hardwareClass: "H100");

        var verdict = BaselineChecker.For(sandbox.Layout, new CheckOptions { Snapshots = false, Proposals = false }).Check(run, [run], CheckAspects.Memory);

        verdict.Status.Should().Be(VerdictStatus.NothingJudged);
        verdict.CannotJudgeReason.Should().Contain("no memory expectation for");
    }

    public void Dispose() => sandbox.Dispose();
}
