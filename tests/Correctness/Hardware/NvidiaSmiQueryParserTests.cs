using Llama2Validation.Harness.Hardware.Parsing;

namespace Llama2Validation.Tests.Correctness.Hardware;

public sealed class NvidiaSmiQueryParserTests
{
    [Fact]
    public void Parse_ReadsEveryColumn()
    {
        var result = NvidiaSmiQueryParser.Parse("NVIDIA A100-SXM4-40GB, 40960, 40337, 8.0, 550.54.15\n");

        result.Problems.Should().BeEmpty();
        result.DriverVersion.Should().Be("550.54.15");
        var gpu = result.Devices.Should().ContainSingle().Subject;
        gpu.Name.Should().Be("NVIDIA A100-SXM4-40GB");
        gpu.MemoryTotalMiB.Should().Be(40960);
        gpu.MemoryFreeMiB.Should().Be(40337);
        gpu.ComputeCapability.Should().Be("8.0");
    }

    [Fact]
    public void Parse_ListsEveryGpu_InOrder()
    {
        var result = NvidiaSmiQueryParser.Parse(
            "NVIDIA H100 80GB HBM3, 81559, 81008, 9.0, 560.35.03\nNVIDIA H100 80GB HBM3, 81559, 1200, 9.0, 560.35.03\n");

        result.Devices.Select(d => d.MemoryFreeMiB).Should().Equal(81008, 1200);
    }

    [Fact]
    public void Parse_TreatsUnreportedValuesAsUnknown()
    {
        var result = NvidiaSmiQueryParser.Parse("NVIDIA A100-SXM4-80GB, 81920, [N/A], [Not Supported], 550.90.07");

        var gpu = result.Devices.Should().ContainSingle().Subject;
        gpu.MemoryFreeMiB.Should().BeNull();
        gpu.ComputeCapability.Should().BeNull();
    }

    [Fact]
    public void Parse_ReportsLinesItCannotRead_AndKeepsTheRest()
    {
        var result = NvidiaSmiQueryParser.Parse("NVIDIA L4, 23034\nTesla T4, 15360, 14913, 7.5, 535.183.01");

        result.Devices.Should().ContainSingle().Which.Name.Should().Be("Tesla T4");
        result.Problems.Should().ContainSingle().Which.Should().Be("nvidia-smi line not understood: \"NVIDIA L4, 23034\"");
    }
}
