using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Hardware.Parsing;

namespace Llama2Validation.Tests.Correctness.Hardware;

public sealed class CpuInfoParserTests
{
    [Theory]
    [InlineData(HardwareSamples.T4, "Intel(R) Xeon(R) CPU @ 2.20GHz", 8, 4, InstructionSetLevel.Avx512)]
    [InlineData(HardwareSamples.A100Small, "AMD EPYC 7742 64-Core Processor", 12, 12, InstructionSetLevel.Avx2)]
    [InlineData(HardwareSamples.H100, "Intel(R) Xeon(R) Platinum 8480+", 26, 13, InstructionSetLevel.Avx512)]
    [InlineData(HardwareSamples.H200Device, "Intel(R) Xeon(R) Processor", 16, 16, InstructionSetLevel.Avx512)]
    [InlineData(HardwareSamples.NoNvidiaSmi, "Intel(R) Core(TM) i7-8700 CPU @ 3.20GHz", 12, 6, InstructionSetLevel.Avx2)]
    public void Parse_ReadsModelCoresAndVectorLevel(string sample, string model, int logical, int physical, InstructionSetLevel level)
    {
        var cpu = CpuInfoParser.Parse(HardwareSamples.Read(sample, "cpuinfo.txt"));

        cpu.Model.Should().Be(model);
        cpu.LogicalCores.Should().Be(logical);
        cpu.PhysicalCores.Should().Be(physical);
        cpu.InstructionSet.Should().Be(level);
    }

    [Fact]
    public void Parse_FindsAvxWithoutAvx2()
    {
        var cpu = CpuInfoParser.Parse("processor\t: 0\nmodel name\t: Intel(R) Xeon(R) CPU E5-2670 0 @ 2.60GHz\nflags\t\t: fpu sse2 avx\n");

        cpu.InstructionSet.Should().Be(InstructionSetLevel.Avx);
    }

    [Fact]
    public void Parse_Arm_HasNoModelNameOrAvx()
    {
        // aarch64 kernels print "Features" and CPU part numbers, not "model name" or "flags".
        var cpu = CpuInfoParser.Parse("processor\t: 0\nBogoMIPS\t: 50.00\nFeatures\t: fp asimd evtstrm aes pmull sha1 sha2 crc32\nCPU implementer\t: 0x41\n\nprocessor\t: 1\nBogoMIPS\t: 50.00\n");

        cpu.Model.Should().Be(CpuReading.UnknownModel);
        cpu.LogicalCores.Should().Be(2);
        cpu.PhysicalCores.Should().BeNull();
        cpu.InstructionSet.Should().Be(InstructionSetLevel.Baseline);
    }

    [Fact]
    public void Parse_CollapsesPaddingInTheModelName() =>
        CpuInfoParser.Parse("processor : 0\nmodel name : Intel(R) Xeon(R)   CPU   @ 2.20GHz  \n").Model.Should().Be("Intel(R) Xeon(R) CPU @ 2.20GHz");
}
