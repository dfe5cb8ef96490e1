using Llama2Validation.Harness.Memory;
using Llama2Validation.Harness.Models.Shapes;
using Llama2Validation.Harness.Running;
using Llama2Validation.Harness.Running.Worker;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Memory;

public sealed class HostMemoryTests
{
    [Fact]
    public void Meminfo_gives_ram_swap_and_available_in_bytes()
    {
        var host = HostMemory.Parse("MemTotal:       24683620 kB\nMemFree:        15220044 kB\nMemAvailable:   23379664 kB\nSwapTotal:       2097148 kB\n");

        host.Should().NotBeNull();
        host!.TotalBytes.Should().Be(24683620L * 1024);
        host.SwapBytes.Should().Be(2097148L * 1024);
        host.AvailableBytes.Should().Be(23379664L * 1024);
        host.CommitLimitBytes.Should().Be((24683620L + 2097148L) * 1024);
    }

    [Fact]
    public void Text_without_a_total_is_not_a_reading() => HostMemory.Parse("MemFree: 1 kB\n").Should().BeNull();

    [Fact]
    public void A_forced_context_is_three_times_the_host_and_a_multiple_of_256_cells()
    {
        var tiny = ModelFootprint.FromShape(ModelShapes.Tiny, WeightType.F16);
        var host = new HostMemory(24L * MemorySizes.GiB, 0, 20L * MemorySizes.GiB);

        var cells = ForcedOutOfMemory.CellsFor(tiny, host);

        (cells % 256).Should().Be(0);
        var kv = KvCacheEstimate.Bytes(tiny, new MemoryConfiguration { ContextPerSequence = cells });
        kv.Should().BeGreaterThanOrEqualTo(3 * host.CommitLimitBytes);
        kv.Should().BeLessThan((3 * host.CommitLimitBytes) + (256 * 4096));
    }

    [Fact]
    public void A_death_is_explained_by_memory_only_when_the_request_cannot_fit_the_host()
    {
        var folder = Directory.CreateTempSubdirectory("l2v-memory-");
        try
        {
            var model = Llama2Validation.Harness.Models.Generation.GeneratedModels.GetOrCreate(
                new Llama2Validation.Harness.Models.Generation.SyntheticModelSpec(ModelShapes.Tiny, WeightType.Q4_0),
                folder.FullName,
                TestContext.Current.CancellationToken);
            var request = new RunRequest { Spec = StrategyCatalog.Default with { ContextPerSequence = 25_000_000 }, ModelPath = model.Path, Examples = [] };
            var small = new HostMemory(8L * MemorySizes.GiB, MemorySizes.GiB, 6L * MemorySizes.GiB);
            var huge = new HostMemory(100_000L * MemorySizes.GiB, 0, 100_000L * MemorySizes.GiB);

            OutOfMemoryDiagnosis.Explain(request, small).Should().Contain("25,000,192 KV cells").And.Contain("8.0 GiB RAM + 1.0 GiB swap");
            OutOfMemoryDiagnosis.Explain(request, huge).Should().BeNull();
            OutOfMemoryDiagnosis.Explain(request with { Spec = StrategyCatalog.Default }, small).Should().BeNull();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
