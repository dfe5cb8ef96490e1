using Llama2Validation.Harness.Baselines.Identity;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Baselines.Identity;

public sealed class RunConfigurationTests
{
    [Fact]
    public void ADifferentParallelCount_IsNamed_FieldByField()
    {
        var recorded = RunConfiguration.Of(TestRuns.Run() with { Spec = StrategyCatalog.OnCpuGate(StrategyCatalog.Batched) });
        var measured = RunConfiguration.Of(TestRuns.Run() with { Spec = StrategyCatalog.Batched with { Threads = 1 } });

        RunConfiguration.Differences(recorded, measured).Should().Equal("parallelSequences: recorded 4, this run 8");
    }

    [Fact]
    public void TheSameRun_HasNoDifferences_AndSurvivesTheSnapshotHeaderLine()
    {
        var configuration = RunConfiguration.Of(TestRuns.Run());

        RunConfiguration.Differences(configuration, RunConfiguration.Parse(RunConfiguration.Format(configuration))).Should().BeEmpty();
    }

    [Fact]
    public void EverySettingThatChangesSpeedMemoryOrOutput_IsRecorded()
    {
        RunConfiguration.Of(TestRuns.Run()).Keys.Should().BeEquivalentTo(
            "kind", "weights", "modelSha256", "kvCache", "flashAttention", "parallelSequences", "contextPerSequence", "batchSize",
            "microBatchSize", "threads", "maxNewTokens", "forceNewTokens", "gpuLayers", "datasetHash", "backend");
    }

    [Fact]
    public void Replay_RunsWhatTheBaselineRecorded()
    {
        var recorded = RunConfiguration.Of(TestRuns.Run() with
        {
            Spec = StrategyCatalog.Batched with { Weights = WeightType.F16, KvCache = KvCacheType.Q8_0, ParallelSequences = 100, ContextPerSequence = 3840, ForceNewTokens = 110 },
        });

        var replayed = RunConfiguration.Replay(StrategyCatalog.Batched, recorded);

        replayed.Should().Be(StrategyCatalog.Batched with { Weights = WeightType.F16, KvCache = KvCacheType.Q8_0, ParallelSequences = 100, ContextPerSequence = 3840, ForceNewTokens = 110 });
    }

    [Fact]
    public void A_document_prefix_is_recorded_replayed_and_never_compared_with_a_run_of_every_document()
    {
        var prefix = RunConfiguration.Of(TestRuns.Run() with { Spec = StrategyCatalog.Default with { Documents = 10 } });
        var all = RunConfiguration.Of(TestRuns.Run() with { Spec = StrategyCatalog.Default });

        RunConfiguration.Replay(StrategyCatalog.Default, prefix).Documents.Should().Be(10);
        RunConfiguration.Replay(StrategyCatalog.Default, all).Documents.Should().BeNull();
        RunConfiguration.Differences(prefix, all).Should().Equal("documents: recorded 10, this run (absent)");
    }

    [Fact]
    public void Overflow_slots_are_recorded_replayed_and_absent_from_runs_without_them()
    {
        var split = StrategyCatalog.Batched with { ContextPerSequence = 1280, OverflowSequences = 5, OverflowContextPerSequence = 4096 };
        var recorded = RunConfiguration.Of(TestRuns.Run() with { Spec = split });
        var plain = RunConfiguration.Of(TestRuns.Run() with { Spec = split with { OverflowSequences = 0, OverflowContextPerSequence = null } });

        RunConfiguration.Replay(StrategyCatalog.Batched, recorded).Should().Be(split);
        RunConfiguration.Replay(StrategyCatalog.Batched, plain).OverflowSequences.Should().Be(0);
        RunConfiguration.Differences(recorded, plain).Should().Equal(
            "overflowContextPerSequence: recorded 4096, this run (absent)", "overflowSequences: recorded 5, this run (absent)");
    }
}
