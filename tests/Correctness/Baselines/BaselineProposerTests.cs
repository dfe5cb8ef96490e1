using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Proposals;
using Llama2Validation.Harness.Baselines.Store;

namespace Llama2Validation.Tests.Correctness.Baselines;

public sealed class BaselineProposerTests : IDisposable
{
    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void AMissingBaseline_IsProposedAsAReceivedFile_ThatApprovalTurnsIntoAUsableBaseline()
    {
        var runs = new[] { TestRuns.Run(hardwareClass: "H100", docsPerSecond: 1.9), TestRuns.Run(hardwareClass: "H100", docsPerSecond: 2.0), TestRuns.Run(hardwareClass: "H100", docsPerSecond: 2.1) };

        var proposal = new BaselineProposer(sandbox.Folder).Propose(runs, null);

        proposal.Written.Should().BeTrue();
        proposal.Reasons.Should().Equal("no verified baseline yet");
        proposal.ReceivedPath.Should().Be(Path.Combine(sandbox.Baselines, "H100", "throughput", "batched.l2v-tiny.received.json"));
        var (document, problems) = BaselineFile.Read(proposal.ReceivedPath!, "received");
        problems.Should().BeEmpty();
        var entry = document!.Entries.Should().ContainSingle().Subject;
        entry.Throughput!.DocsPerSecond!.Recorded.Should().Be(2.0);
        entry.Throughput.DocsPerSecond.Repeats.Should().Be(3);
        entry.Throughput.DocsPerSecond.Tolerance.Should().BeApproximately(0.3, 1e-12);
        entry.Quality.Should().BeNull("synthetic weights get no quality floors");
        entry.Provenance!.ModelSynthetic.Should().BeTrue();

        sandbox.Approver.Approve(new ApprovalFilter(Kind: ApprovalKind.Baseline));
        BaselineStore.Load(sandbox.Layout).Find(RunKey.Of(runs[0])).Found.Should().BeTrue();
    }

    [Fact]
    public void AFigureWithinTolerance_ProposesNothing_AndRemovesAStaleProposal()
    {
        var verified = TestBaselines.Entry(hardwareClass: "H100", docsPerSecond: 2.0);
        var stale = sandbox.Folder.WriteReceived(new ApprovalKey(ApprovalKind.Baseline, verified.Key), "{}");

        var proposal = new BaselineProposer(sandbox.Folder).Propose([TestRuns.Run(hardwareClass: "H100", docsPerSecond: 2.1)], verified);

        proposal.Written.Should().BeFalse();
        File.Exists(stale).Should().BeFalse();
    }

    [Theory]
    [InlineData(2.5, "+25.0%")]
    [InlineData(1.5, "-25.0%")]
    public void AFigureBeyondTolerance_UpOrDown_IsProposed_KeepingMemoryExpectations(double docsPerSecond, string change)
    {
        var memory = new ExpectedMemoryOutcome { ParallelSequences = 16, Expected = MemoryExpectation.OutOfMemory };
        var verified = TestBaselines.Entry(hardwareClass: "H100", docsPerSecond: 2.0, memory: [memory]);

        var proposal = new BaselineProposer(sandbox.Folder).Propose([TestRuns.Run(hardwareClass: "H100", docsPerSecond: docsPerSecond)], verified);

        proposal.Written.Should().BeTrue();
        proposal.Reasons.Should().ContainSingle().Which.Should().Contain($"docs/s moved from 2 to {docsPerSecond} ({change}), beyond its tolerance of 10.0%");
        proposal.Proposed!.Memory.Should().Equal(memory);
    }

    [Theory]
    [InlineData(6, 0.12, 0.240)] // pooled over more runs: its 12% range over six is about 8% over three, so 24% (k(3) = 3)
    [InlineData(3, 0.01, 0.150)] // as many runs: the recording's own 5% range, 15%
    public void A_recording_of_fewer_runs_than_the_verified_figure_keeps_the_spread_those_runs_showed(int verifiedRepeats, double verifiedSpread, double tolerance)
    {
        var verified = TestBaselines.Entry(hardwareClass: "H200", docsPerSecond: 20.0);
        verified = verified with
        {
            Throughput = verified.Throughput! with
            {
                DocsPerSecond = new MeasuredFigure { Recorded = 15, RelativeSpread = verifiedSpread, Repeats = verifiedRepeats, Tolerance = 0.2 },
            },
        };
        var runs = new[] { 19.5, 20.0, 20.5 }.Select(d => TestRuns.Run(hardwareClass: "H200", docsPerSecond: d)).ToArray();

        var proposal = new BaselineProposer(sandbox.Folder).Propose(runs, verified);

        proposal.Proposed!.Throughput!.DocsPerSecond!.Tolerance.Should().BeApproximately(tolerance, 0.001);
    }

    [Fact]
    public void The_pooled_spread_survives_every_later_three_pass_re_recording()
    {
        var pooled = new MeasuredFigure { Recorded = 20, RelativeSpread = 0.12, Repeats = 6, Tolerance = NoiseModel.Tolerance(0.12, 6) };
        var verified = TestBaselines.Entry(hardwareClass: "H200", docsPerSecond: 20.0);
        verified = verified with { Throughput = verified.Throughput! with { DocsPerSecond = pooled } };
        var runs = new[] { 19.5, 20.0, 20.5 }.Select(d => TestRuns.Run(hardwareClass: "H200", docsPerSecond: d)).ToArray();
        var proposer = new BaselineProposer(sandbox.Folder);

        var first = proposer.Propose(runs, verified).Proposed!;
        var second = proposer.Propose(runs, first).Proposed!;
        var third = proposer.Propose(runs, second).Proposed!;

        third.Throughput!.DocsPerSecond!.Tolerance.Should().BeApproximately(pooled.Tolerance, 1e-12, "three re-recordings of three passes must not narrow a floor that six pooled runs widened");
        third.Throughput.DocsPerSecond.Repeats.Should().Be(6);
        ToleranceRule.RepeatRuns.Mismatch(third.Throughput.DocsPerSecond).Should().BeNull("the kept figure must load");
    }

    [Fact]
    public void ARealModel_GetsQualityFloorsFromItsRouge()
    {
        var run = TestRuns.Run(strategy: "4-bit", synthetic: false, profile: null, rouge1: 0.2642);

        var proposal = new BaselineProposer(sandbox.Folder).Propose([run], null);

        proposal.Proposed!.Model.Should().Be("sha256-" + new string('a', 64));
        proposal.Proposed.Quality.Should().BeEquivalentTo(new QualityFloors { Rouge1Recorded = 0.2642, Rouge1Minimum = 0.2509, Rouge1RelativeToDefaultMinimum = 0.92 });
    }

    public void Dispose() => sandbox.Dispose();
}
