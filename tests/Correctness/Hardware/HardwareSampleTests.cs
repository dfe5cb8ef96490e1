using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Tests.Correctness.Hardware;

/// <summary>Each saved machine, read end to end: probe outputs → reading → class.</summary>
public sealed class HardwareSampleTests
{
    public static TheoryData<string> Samples => HardwareSamples.All();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Sample_ClassifiesAsItsMachine(string sample)
    {
        var report = HardwareSamples.Report(sample);
        var (expectedClass, expectedMemory) = HardwareSamples.Expected[sample];

        report.Class.Should().Be(expectedClass);
        report.GpuMemory.Should().Be(expectedMemory);
        report.OverriddenBy.Should().BeNull();
    }

    [Theory]
    [InlineData(HardwareSamples.T4, "Tesla T4", 15360, "7.5", "535.183.01", "12.2")]
    [InlineData(HardwareSamples.A100Small, "NVIDIA A100-SXM4-40GB", 40960, "8.0", "550.54.15", "12.4")]
    [InlineData(HardwareSamples.A100LargeSxm, "NVIDIA A100-SXM4-80GB", 81920, "8.0", "550.90.07", "12.4")]
    [InlineData(HardwareSamples.A100LargePcie, "NVIDIA A100 80GB PCIe", 81920, "8.0", "535.129.03", "12.2")]
    [InlineData(HardwareSamples.L4, "NVIDIA L4", 23034, "8.9", "550.90.07", "12.4")]
    [InlineData(HardwareSamples.H100, "NVIDIA H100 80GB HBM3", 81559, "9.0", "560.35.03", "12.6")]
    [InlineData(HardwareSamples.H200, "NVIDIA H200", 143771, "9.0", "570.124.06", "12.8")]
    [InlineData(HardwareSamples.L40S, "NVIDIA L40S", 46068, "8.9", "550.54.15", "12.4")]
    [InlineData(HardwareSamples.H200Device, "NVIDIA H200", 143771, "9.0", "580.159.04", "13.0")]
    public void GpuSample_ReportsTheFactsBehindTheClass(string sample, string name, long memoryMiB, string capability, string driver, string cuda)
    {
        var gpu = HardwareSamples.Gpu(sample);

        gpu.Source.Should().Be(GpuProbeSource.NvidiaSmi);
        gpu.NoGpuReason.Should().BeNull();
        gpu.Devices.Should().ContainSingle().Which.Should().BeEquivalentTo(
            new { Name = name, MemoryTotalMiB = memoryMiB, ComputeCapability = capability });
        gpu.DriverVersion.Should().Be(driver);
        gpu.CudaVersion.Should().Be(cuda);
        gpu.Problems.Should().Equal("libnvidia-ml.so.1 not found");
    }

    [Fact]
    public void NoDriver_IsCpu_BecauseTheDriverDoesNotAnswer()
    {
        var gpu = HardwareSamples.Gpu(HardwareSamples.NoDriver);

        gpu.Source.Should().Be(GpuProbeSource.None);
        gpu.Devices.Should().BeEmpty();
        gpu.NoGpuReason.Should().Be("no NVIDIA driver");
        gpu.Problems.Should().HaveCount(2).And.Contain(p => p.StartsWith("nvidia-smi exited with 9: NVIDIA-SMI has failed", StringComparison.Ordinal));
    }

    [Fact]
    public void NoNvidiaSmi_IsCpu_AndSaysTheCommandIsMissing()
    {
        var gpu = HardwareSamples.Gpu(HardwareSamples.NoNvidiaSmi);

        gpu.Source.Should().Be(GpuProbeSource.None);
        gpu.NoGpuReason.Should().Be("no NVIDIA driver: nvidia-smi not found");
        gpu.Problems.Should().Equal("libnvidia-ml.so.1 not found", "nvidia-smi not found");
    }

    [Theory]
    [InlineData(HardwareSamples.NoDriver, "CPU (no NVIDIA driver)")]
    [InlineData(HardwareSamples.NoNvidiaSmi, "CPU (no NVIDIA driver: nvidia-smi not found)")]
    [InlineData(HardwareSamples.L40S, "Unknown (NVIDIA L40S, 46068 MiB)")]
    [InlineData(HardwareSamples.A100Small, "A100 40GB (NVIDIA A100-SXM4-40GB, 40960 MiB)")]
    [InlineData(HardwareSamples.H200, "H200 (NVIDIA H200, 143771 MiB)")]
    public void Summary_NamesTheClassAndWhy(string sample, string summary) =>
        HardwareSamples.Report(sample).Summary.Should().Be(summary);

    [Fact]
    public void NvidiaSmiNoDevices_IsCpu_WithThatReason()
    {
        var gpu = Harness.Hardware.Parsing.NvidiaSmiReadingParser.Parse(new CommandOutput(6, "No devices were found\n"), null, []);

        gpu.NoGpuReason.Should().Be("no NVIDIA GPU found");
        HardwareClassifier.Classify(gpu).Should().Be(HardwareClass.CPU);
    }

    [Fact]
    public void NvidiaSmiRejectingTheQuery_IsCpu_WithItsMessage()
    {
        // Seen on the H200 lease: a field the driver does not know fails the whole query with exit code 2.
        var gpu = Harness.Hardware.Parsing.NvidiaSmiReadingParser.Parse(
            new CommandOutput(2, "Field \"compute_cap\" is not a valid field to query.\n\n"), null, []);

        gpu.NoGpuReason.Should().Be("nvidia-smi failed: Field \"compute_cap\" is not a valid field to query.");
        gpu.Problems.Should().Equal("nvidia-smi exited with 2: Field \"compute_cap\" is not a valid field to query.");
    }
}
