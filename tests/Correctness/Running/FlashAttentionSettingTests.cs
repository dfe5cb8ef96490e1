using System.Collections.Concurrent;
using Llama2Validation.Harness.Data;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Models.Sources;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Tests.Correctness.Running;

public sealed class FlashAttentionSettingTests
{
    /// <summary>
    /// llama.cpp's default is "auto", so default and flash-attn only differ if the engine says so
    /// explicitly; llama.cpp's own context log is the witness.
    /// </summary>
    [Theory]
    [InlineData("default", "disabled")]
    [InlineData("flash-attn", "enabled")]
    public async Task Strategy_SetsFlashAttentionExplicitly(string strategy, string expected)
    {
        var log = new ConcurrentQueue<string>();
        var request = new RunRequest
        {
            Spec = StrategyCatalog.Find(strategy)! with { Threads = 1, MaxNewTokens = 4 },
            ModelPath = new ModelSources().Resolver()(WeightType.F16).Path,
            Examples = [new Example { Id = "short", Document = "Water the plant once a week." }],
            GpuLayers = 0,
        };

        var run = await new WorkerHost { OnNativeLog = log.Enqueue }.RunAsync(request, new RunMetadata(), TestContext.Current.CancellationToken);

        run.Outcome.Should().Be(RunOutcome.Completed);
        log.Should().Contain(line => line.Contains("flash_attn") && line.TrimEnd().EndsWith("= " + expected, StringComparison.Ordinal));
    }
}
