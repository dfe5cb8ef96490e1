using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Tests.Correctness.Hardware;

public sealed class HardwareClassifierTests
{
    [Theory]
    [InlineData("Tesla T4", HardwareClass.T4)]
    [InlineData("NVIDIA L4", HardwareClass.L4)]
    [InlineData("NVIDIA A100-SXM4-40GB", HardwareClass.A100)]
    [InlineData("NVIDIA A100-PCIE-40GB", HardwareClass.A100)]
    [InlineData("NVIDIA A100 80GB PCIe", HardwareClass.A100)]
    [InlineData("NVIDIA H100 80GB HBM3", HardwareClass.H100)]
    [InlineData("NVIDIA H100 PCIe", HardwareClass.H100)]
    [InlineData("NVIDIA H100 NVL", HardwareClass.H100)]
    [InlineData("NVIDIA H200", HardwareClass.H200)]
    [InlineData("NVIDIA H200 NVL", HardwareClass.H200)]
    [InlineData("NVIDIA L40S", HardwareClass.Unknown)]
    [InlineData("NVIDIA L40", HardwareClass.Unknown)]
    [InlineData("NVIDIA A10G", HardwareClass.Unknown)]
    [InlineData("NVIDIA GH200 480GB", HardwareClass.Unknown)]
    [InlineData("NVIDIA GeForce RTX 4090", HardwareClass.Unknown)]
    public void ClassifyName_MatchesWholeWordsOnly(string name, HardwareClass expected) =>
        HardwareClassifier.ClassifyName(name).Should().Be(expected);

    [Theory]
    [InlineData(40960, "40GB")]
    [InlineData(40536, "40GB")]
    [InlineData(81920, "80GB")]
    [InlineData(81251, "80GB")]
    public void GpuMemoryTrait_SplitsTheA100BySize(long memoryMiB, string size) =>
        HardwareClassifier.GpuMemoryTrait(HardwareClass.A100, new GpuDevice { Name = "NVIDIA A100", MemoryTotalMiB = memoryMiB })
            .Should().Be(size);

    [Fact]
    public void GpuMemoryTrait_IsNull_ForClassesOfOneSize() =>
        HardwareClassifier.GpuMemoryTrait(HardwareClass.H100, new GpuDevice { Name = "NVIDIA H100 80GB HBM3", MemoryTotalMiB = 81559 })
            .Should().BeNull();

    [Fact]
    public void Classify_UsesTheFirstGpu()
    {
        var gpu = new GpuReading
        {
            Source = GpuProbeSource.Nvml,
            Devices = [new GpuDevice { Name = "NVIDIA H100 80GB HBM3", MemoryTotalMiB = 81559 }, new GpuDevice { Name = "Tesla T4", MemoryTotalMiB = 15360 }],
        };

        HardwareClassifier.Classify(gpu).Should().Be(HardwareClass.H100);
    }
}
