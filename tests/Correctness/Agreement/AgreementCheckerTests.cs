using Llama2Validation.Harness.Agreement;
using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Checking;
using Llama2Validation.Tests.Correctness.Baselines;

namespace Llama2Validation.Tests.Correctness.Agreement;

/// <summary>Judging a strategy's figures against its approved floors, and what happens where there is nothing to judge by.</summary>
public sealed class AgreementCheckerTests : IDisposable
{
    private const string Sha = "56b0f41f";

    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void FiguresWithinTheFloors_Pass()
    {
        Approve(Side("8-bit", kl: 0.0006, agreeing: 99));

        Check(Measured(Side("8-bit", kl: 0.0007, agreeing: 99)), "8-bit").Status.Should().Be(VerdictStatus.Pass);
    }

    [Fact]
    public void EightBitGivenFourBitWeights_FailsByMeanKl_AndSaysWhatItMeasured()
    {
        Approve(Side("8-bit", kl: 0.0006, agreeing: 99));

        var verdict = Check(Measured(Side("8-bit", kl: 0.048, agreeing: 99)), "8-bit");

        verdict.Status.Should().Be(VerdictStatus.Fail);
        verdict.Violations.Select(v => v.Figure).Should().Contain(["mean KL (nats)", "p99 KL (nats)"]);
        verdict.Violations[0].Message.Should().Contain("0.048").And.Contain("F16 reference");
    }

    [Fact]
    public void FewerTopTokensAgreeing_FailsByTop1()
    {
        Approve(Side("default", kl: 0, agreeing: 100));

        var verdict = Check(Measured(Side("default", kl: 0, agreeing: 97)), "default");

        verdict.Violations.Should().ContainSingle().Which.Figure.Should().Be("top-1 agreement");
    }

    [Fact]
    public void NoApprovedFloors_CannotJudge_AndNamesTheFile()
    {
        var verdict = Check(Measured(Side("4-bit", kl: 0.05, agreeing: 94)), "4-bit");

        verdict.Status.Should().Be(VerdictStatus.NoBaseline);
        verdict.NoBaselineReason.Should().Contain("baselines/CPU/agreement/4-bit.l2v-summariser.verified.json");
    }

    [Fact]
    public void AReferenceRecordedByThisRun_CannotJudge()
    {
        Approve(Side("4-bit", kl: 0.05, agreeing: 94));

        var verdict = Check(Measured(Side("4-bit", kl: 0.05, agreeing: 94)) with { RecordedNow = true }, "4-bit");

        verdict.Status.Should().Be(VerdictStatus.NoBaseline);
        verdict.NoBaselineReason.Should().Contain("reference.l2v-summariser");
    }

    [Fact]
    public void AReferenceOfAnotherModelFile_IsNotComparable_NamingTheField()
    {
        var stored = Measured().Reference;

        AgreementStore.Differences(stored, "0ther", stored.DatasetHash, stored.Configuration).Should().Contain("reference model sha256: recorded 56b0f41f, this run 0ther");
        AgreementStore.Differences(stored, Sha, stored.DatasetHash, stored.Configuration).Should().BeNull();
    }

    private RunVerdict Check(AgreementMeasurement measurement, string strategy) => AgreementChecker.Check(measurement, strategy, sandbox.Folder);

    private void Approve(SideAgreement side)
    {
        new AgreementStore(sandbox.Folder, "CPU", "l2v-summariser").ProposeFloors(AgreementFloorRule.Propose(side.Figures, Sha));
        sandbox.Approver.Approve(new ApprovalFilter(Kind: ApprovalKind.Agreement));
    }

    private static SideAgreement Side(string strategy, double kl, int agreeing) => new()
    {
        Strategy = strategy,
        Documents = [DocumentAgreement.From("a", [.. Enumerable.Range(0, 100).Select(i => new PositionAgreement(kl, 1, i < agreeing))])],
    };

    private static AgreementMeasurement Measured(params SideAgreement[] sides) => new()
    {
        HardwareClass = "CPU",
        Model = "l2v-summariser",
        Reference = new AgreementReference
        {
            HardwareClass = "CPU",
            Model = "l2v-summariser",
            ModelSha256 = Sha,
            DatasetHash = "d",
            Configuration = "c",
            Backend = "cpu-avx2",
            TopK = 16,
            MaxNewTokens = 128,
            Documents = [],
        },
        RecordedNow = false,
        Sides = sides,
    };

    public void Dispose() => sandbox.Dispose();
}
