using Llama2Validation.Harness.Baselines.Identity;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Correctness.Baselines;

namespace Llama2Validation.Tests.Correctness.Running;

/// <summary>What llama.cpp really set up, against what the run asked for; and a baseline compares what really ran.</summary>
public sealed class ContextSettingsTests
{
    private static readonly string SavedLog = Path.Combine(AppContext.BaseDirectory, "Memory", "TestFiles", "cpu-tiny-3seq.log");

    [Fact]
    public void TheSavedContextLog_GivesFlashAttentionAndTheKvTypes()
    {
        var settings = ContextLog.Read(File.ReadLines(SavedLog), new ContextSettings { Sequences = 3, CellsPerSequence = 1024, Batch = 512, MicroBatch = 512 });

        settings.FlashAttention.Should().BeFalse();
        (settings.KeyType, settings.ValueType).Should().Be(("f16", "f16"));
        settings.OffloadedLayers.Should().BeNull("a CPU build offloads nothing and says nothing about it");
    }

    [Fact]
    public void AGpuLoadLog_GivesTheOffloadedLayers_AndAQuantisedCache()
    {
        var settings = ContextLog.Read(
            [
                "load_tensors: offloaded 20/33 layers to GPU",
                "llama_context: flash_attn    = enabled",
                "llama_kv_cache: size = 4096.00 MiB (  4096 cells,  32 layers, 16/16 seqs), K (q8_0): 2048.00 MiB, V (q8_0): 2048.00 MiB",
            ],
            new ContextSettings());

        (settings.OffloadedLayers, settings.ModelLayers, settings.FlashAttention, settings.KeyType).Should().Be((20, 33, true, "q8_0"));
    }

    [Fact]
    public void AClampedBatch_AndAnOverriddenSetting_AreSaid()
    {
        var spec = StrategyCatalog.Default with { BatchSize = 2_000_000_000, ContextPerSequence = 4096 };
        var actual = new ContextSettings { Sequences = 1, CellsPerSequence = 4096, Batch = 4096, MicroBatch = 512, FlashAttention = true, KeyType = "f16", ValueType = "f16", OffloadedLayers = 20, ModelLayers = 33 };

        ContextSettingsCheck.Differences(spec, gpuLayers: 999, actual).Should().Equal(
            "batch (n_batch): requested 2000000000, llama.cpp used 4096",
            "flash attention: requested off, llama.cpp used on",
            "offloaded layers: requested 33, llama.cpp used 20");
    }

    [Fact]
    public void WhatWasAsked_IsWhatRan_SaysNothing()
    {
        var spec = StrategyCatalog.Default with { ContextPerSequence = 1024 };
        var actual = new ContextSettings { Sequences = 1, CellsPerSequence = 1024, Batch = spec.BatchSize, MicroBatch = spec.MicroBatchSize, FlashAttention = false, KeyType = "f16", ValueType = "f16" };

        ContextSettingsCheck.Differences(spec, gpuLayers: 0, actual).Should().BeEmpty();
    }

    [Fact]
    public void ABaseline_ComparesWhatReallyRan_AndOneRecordedBeforeReadBackStillJudges()
    {
        var asked = TestRuns.Run();
        var ran = asked with { Context = new ContextSettings { Sequences = 1, CellsPerSequence = 1024, Batch = 512, MicroBatch = 512, FlashAttention = false, KeyType = "f16", ValueType = "f16" } };
        var overridden = ran with { Context = ran.Context! with { FlashAttention = true } };

        RunConfiguration.Differences(RunConfiguration.Of(ran), RunConfiguration.Of(overridden)).Should().Equal("actual.flashAttention: recorded off, this run on");
        RunConfiguration.Differences(RunConfiguration.Of(asked), RunConfiguration.Of(overridden)).Should().BeEmpty();
    }
}
