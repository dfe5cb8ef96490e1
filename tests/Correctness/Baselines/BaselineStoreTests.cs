using Llama2Validation.Harness.Approval;
using Llama2Validation.Harness.Baselines.Floors;
using Llama2Validation.Harness.Baselines.Store;

namespace Llama2Validation.Tests.Correctness.Baselines;

public sealed class BaselineStoreTests : IDisposable
{
    private readonly BaselinesSandbox sandbox = new();

    [Fact]
    public void Load_FindsVerifiedEntriesByKey_CaseInsensitively()
    {
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(strategy: "batched"));
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry(strategy: "default", docsPerSecond: 1));

        var store = BaselineStore.Load(sandbox.Layout);

        store.Problems.Should().BeEmpty();
        store.Entries.Should().HaveCount(2);
        store.Find(new RunKey("cpu", "BATCHED", "l2v-tiny")).Entry!.Strategy.Should().Be("batched");
    }

    [Fact]
    public void AMissingKey_SaysWhereTheFileWasExpected()
    {
        var lookup = BaselineStore.Load(sandbox.Baselines).Find(new RunKey("CPU", "batched", "l2v-tiny"));

        lookup.Found.Should().BeFalse();
        lookup.MissingReason.Should().Contain("CPU/throughput/batched.l2v-tiny.verified.json");
    }

    [Fact]
    public void AFileWithProblems_ContributesNoEntries_AndLookupsSayWhy()
    {
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry() with { Throughput = new ThroughputFloors { DocsPerSecond = TestBaselines.Figure(2, tolerance: 2) } });

        var store = BaselineStore.Load(sandbox.Layout);

        store.Problems.Should().ContainSingle().Which.Location.Should().Be("entries[0].throughput.docsPerSecond.tolerance");
        store.Find(new RunKey("CPU", "batched", "l2v-tiny")).MissingReason.Should().StartWith("baseline unusable").And.Contain("outside (0, 1)");
    }

    [Theory]
    [InlineData(0.95)] // a hand-edited floor that gates nothing
    [InlineData(0.05)] // tighter than the spread gives: clean runs would fail
    public void AToleranceThatDoesNotFollowFromItsSpread_IsRefused(double edited)
    {
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry() with { Throughput = new ThroughputFloors { DocsPerSecond = TestBaselines.Figure(2, tolerance: edited) } });

        var store = BaselineStore.Load(sandbox.Layout);

        store.Problems.Should().ContainSingle().Which.Location.Should().Be("entries[0].throughput.docsPerSecond.tolerance");
        store.Find(new RunKey("CPU", "batched", "l2v-tiny")).MissingReason.Should().Contain("never edited");
    }

    [Fact]
    public void AHandEditedSpeedRatioTolerance_IsRefused()
    {
        var floor = Harness.Baselines.Proposals.SpeedRatioProposer.Floor([1.0, 1.02, 0.99]) with { Tolerance = 0.29 };
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry() with { Throughput = new ThroughputFloors { SpeedRatio = floor, SpeedRatioReference = "default" } });

        BaselineStore.Load(sandbox.Layout).Problems.Should().ContainSingle().Which.Location.Should().Be("entries[0].throughput.speedRatio.tolerance");
    }

    [Fact]
    public void TheSameKeyInTwoFiles_IsAmbiguous_AndUsedFromNeither()
    {
        TestBaselines.WriteVerified(sandbox, TestBaselines.Entry());
        sandbox.Write("CPU/throughput/copy.l2v-tiny.verified.json", File.ReadAllText(Path.Combine(sandbox.Baselines, "CPU/throughput/batched.l2v-tiny.verified.json")));

        var store = BaselineStore.Load(sandbox.Layout);

        store.Problems.Should().ContainSingle().Which.Message.Should().Contain("duplicate key CPU/batched/l2v-tiny");
        store.Find(new RunKey("CPU", "batched", "l2v-tiny")).Found.Should().BeFalse();
    }

    public void Dispose() => sandbox.Dispose();
}
