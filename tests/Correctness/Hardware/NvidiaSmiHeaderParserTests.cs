using Llama2Validation.Harness.Hardware.Parsing;

namespace Llama2Validation.Tests.Correctness.Hardware;

public sealed class NvidiaSmiHeaderParserTests
{
    [Theory]
    [InlineData(HardwareSamples.T4, "12.2")]
    [InlineData(HardwareSamples.A100Small, "12.4")]
    [InlineData(HardwareSamples.H100, "12.6")]
    [InlineData(HardwareSamples.H200, "12.8")]
    public void ParseCudaVersion_ReadsTheBanner(string sample, string cuda) =>
        NvidiaSmiHeaderParser.ParseCudaVersion(HardwareSamples.Read(sample, "nvidia-smi.txt")).Should().Be(cuda);

    [Fact]
    public void ParseCudaVersion_ReadsTwoDigitMajors() =>
        NvidiaSmiHeaderParser.ParseCudaVersion("| NVIDIA-SMI 580.65.06   Driver Version: 580.65.06   CUDA Version: 13.0  |").Should().Be("13.0");

    [Fact]
    public void ParseCudaVersion_IsNull_WithoutABanner() =>
        NvidiaSmiHeaderParser.ParseCudaVersion(HardwareSamples.Read(HardwareSamples.NoDriver, "nvidia-smi-query.txt")).Should().BeNull();
}
