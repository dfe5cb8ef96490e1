using Llama2Validation.Harness.Hardware.Parsing;

namespace Llama2Validation.Tests.Correctness.Hardware;

public sealed class MemInfoParserTests
{
    [Theory]
    [InlineData(HardwareSamples.H200, 257629)]
    [InlineData(HardwareSamples.T4, 30103)]
    [InlineData(HardwareSamples.H200Device, 128887)]
    public void ParseTotalMiB_ConvertsKibibytes(string sample, long mib) =>
        MemInfoParser.ParseTotalMiB(HardwareSamples.Read(sample, "meminfo.txt")).Should().Be(mib);

    [Fact]
    public void ParseTotalMiB_IsNull_WithoutTheLine() => MemInfoParser.ParseTotalMiB("MemFree: 10 kB\n").Should().BeNull();
}
