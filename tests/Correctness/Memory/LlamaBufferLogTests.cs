using Llama2Validation.Harness.Memory;

namespace Llama2Validation.Tests.Correctness.Memory;

public sealed class LlamaBufferLogTests
{
    private static string TestFile(string name) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Memory", "TestFiles", name));

    [Fact]
    public void A_real_cpu_log_gives_every_buffer_and_nothing_else()
    {
        // Saved from the worker's native log: tiny model, 1000 cells × 3 sequences, no flash attention.
        var buffers = LlamaBufferLog.Parse(TestFile("cpu-tiny-3seq.log").Split('\n'));

        buffers.Buffers.Should().HaveCount(4, "the KV summary line ('size = 12.00 MiB (1024 cells ...)') is not a buffer");
        buffers.MiB(BufferKind.Model).Should().Be(13.95);
        buffers.MiB(BufferKind.Output).Should().Be(0.09);
        buffers.MiB(BufferKind.KvCache).Should().Be(12.00);
        buffers.MiB(BufferKind.Compute).Should().Be(21.55);
        buffers.Buffers.Should().OnlyContain(b => b.BufferType == "CPU" && b.IsHost);
    }

    [Fact]
    public void Cuda_lines_separate_device_buffers_from_host_ones()
    {
        // The format of llama.cpp's LLAMA_LOG_INFO lines on a CUDA build (written from its printf formats),
        // with the timestamp and level prefix of llama.cpp's common logger on two of them.
        string[] log =
        [
            "load_tensors:   CPU_Mapped model buffer size =   250.00 MiB",
            "load_tensors:        CUDA0 model buffer size = 12603.02 MiB",
            "llama_context:  CUDA_Host  output buffer size =     0.12 MiB",
            "0.00.310.114 I llama_kv_cache:      CUDA0 KV buffer size =  2048.00 MiB",
            "0.00.402.551 I sched_reserve:      CUDA0 compute buffer size =   296.00 MiB",
            "sched_reserve:  CUDA_Host compute buffer size =    16.01 MiB",
            "llama_context: n_ctx = 4096",
        ];

        var buffers = LlamaBufferLog.Parse(log);

        buffers.DeviceMiB(BufferKind.Model).Should().Be(12603.02);
        buffers.MiB(BufferKind.Model).Should().Be(12853.02);
        buffers.DeviceMiB(BufferKind.KvCache).Should().Be(2048.00);
        buffers.DeviceMiB(BufferKind.Compute).Should().Be(296.00);
        buffers.MiB(BufferKind.Compute).Should().Be(312.01);
        buffers.DeviceMiB(BufferKind.Output).Should().Be(0, "the output buffer is pinned host memory");
    }

    [Theory]
    [InlineData("llama_kv_cache: size =   12.00 MiB (  1024 cells,   4 layers,  3/3 seqs)")]
    [InlineData("print_info: model params          = 7.31 M")]
    [InlineData("load_tensors:        CUDA0 model buffer size = n/a MiB")]
    [InlineData("")]
    public void Lines_that_are_not_buffer_reports_are_ignored(string line) =>
        LlamaBufferLog.TryParseLine(line, out _).Should().BeFalse();

    [Fact]
    public void A_message_holding_several_lines_is_split()
    {
        var buffers = LlamaBufferLog.Parse("llama_kv_cache:        CPU KV buffer size =     4.00 MiB\nsched_reserve:        CPU compute buffer size =    16.63 MiB\n");

        buffers.Buffers.Select(b => b.Kind).Should().Equal(BufferKind.KvCache, BufferKind.Compute);
    }
}
