using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Models.Generation;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Memory;

/// <summary>
/// A context whose KV cache is three times the host's RAM + swap: the kernel refuses it at once and
/// llama.cpp's CPU backend fails (or crashes) inside context creation. The worker must report an
/// out-of-memory with the numbers, and the test host must carry on.
/// </summary>
[Trait(TestTraits.Category, TestTraits.Cpu)]
public sealed class ForcedOutOfMemoryTests
{
    [Fact]
    public async Task A_context_far_beyond_host_memory_comes_back_as_out_of_memory_and_the_host_survives()
    {
        var host = HostMemory.Current();
        if (host is null)
        {
            Assert.Skip("needs /proc/meminfo (Linux) to size a context beyond this host's memory");
        }

        var token = TestContext.Current.CancellationToken;
        var model = GeneratedModels.GetOrCreate("tiny", WeightType.F16, cancellationToken: token);
        var footprint = ModelFootprint.FromFile(model.Path);
        var cells = ForcedOutOfMemory.CellsFor(footprint, host);
        var request = new RunRequest
        {
            Spec = StrategyCatalog.Default with { ContextPerSequence = cells },
            ModelPath = model.Path,
            Examples = [],
        };
        var predicted = MemoryModel.Predict(footprint, OutOfMemoryDiagnosis.ConfigurationOf(request, footprint), MemoryTarget.Cpu);
        predicted.KvBytes.Should().BeGreaterThanOrEqualTo(ForcedOutOfMemory.Factor * host.CommitLimitBytes, "the request must be refused at once, never approach the OOM killer");

        var result = await new WorkerHost().RunAsync(request, new RunMetadata(), token);

        TestContext.Current.TestOutputHelper?.WriteLine(result.FailureDetail ?? "");
        result.Outcome.Should().Be(RunOutcome.OutOfMemory, result.FailureDetail);
        result.FailureDetail.Should().Contain("GiB", "the parent reports the memory numbers");

        // The host is alive: it goes on to run a normal context through a fresh worker.
        var after = await new WorkerHost().RunAsync(request with { Spec = StrategyCatalog.Default }, new RunMetadata(), token);
        after.Outcome.Should().Be(RunOutcome.Completed, after.FailureDetail);
    }
}
