using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Hardware;

namespace Llama2Validation.Tests.Correctness.Hardware;

public sealed class HardwareFingerprintTests
{
    [Fact]
    public void Fingerprint_NamesClassGpuMemoryDriverMajorCpuInstructionLevelAndCores()
    {
        var report = HardwareSamples.Report(HardwareSamples.A100Small);

        report.Fingerprint.Should().Be($"A100|1x NVIDIA A100-SXM4-40GB|40960 MiB|driver 550|AMD EPYC 7742 64-Core Processor|{report.Cpu.InstructionSet}|12 cores");
    }

    [Fact]
    public void Fingerprint_OfACpuMachine_SaysNoGpu()
    {
        var report = HardwareSamples.Report(HardwareSamples.NoDriver);

        report.Fingerprint.Should().Be($"CPU|no GPU|AMD EPYC 7B13|{report.Cpu.InstructionSet}|8 cores");
    }

    [Fact]
    public void Fingerprint_IgnoresWhatVariesBetweenRuns_ButNotTheDriverMajor()
    {
        var report = HardwareSamples.Report(HardwareSamples.H100);
        var later = report with
        {
            Gpu = report.Gpu with
            {
                Devices = [report.Gpu.Devices[0] with { MemoryFreeMiB = 12 }],
                DriverVersion = report.Gpu.DriverVersion!.Split('.')[0] + ".999.1",
                Problems = [],
            },
        };
        var upgraded = report with { Gpu = report.Gpu with { DriverVersion = "999.1" } };

        later.Fingerprint.Should().Be(report.Fingerprint);
        upgraded.Fingerprint.Should().NotBe(report.Fingerprint);
    }

    [Fact]
    public void Fingerprint_DiffersBetweenMachines() =>
        HardwareSamples.Names.Select(s => HardwareSamples.Report(s).Fingerprint).Should().OnlyHaveUniqueItems();

    [Fact]
    public void Fingerprint_KeepsTheDetectedClass_WhenADryRunSetsAnother()
    {
        var detected = HardwareSamples.Report(HardwareSamples.NoDriver);
        var dryRun = detected.WithClass(HardwareClass.A100, "80GB", SuiteVariables.HardwareClass);

        dryRun.Class.Should().Be(HardwareClass.A100);
        dryRun.Fingerprint.Should().Be(detected.Fingerprint);
        dryRun.Summary.Should().Be("A100 80GB (set by LLAMA2VALIDATION_HARDWARE_CLASS; probes found CPU (no NVIDIA driver))");
    }
}
