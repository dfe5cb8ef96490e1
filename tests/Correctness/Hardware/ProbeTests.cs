using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Hardware.Probes;

namespace Llama2Validation.Tests.Correctness.Hardware;

/// <summary>The probes on the machine running the tests: whatever it has, they answer without throwing.</summary>
public sealed class ProbeTests
{
    [Fact]
    public void CommandRunner_ReportsExitCodeAndBothStreams()
    {
        var output = CommandRunner.Run("sh", ["-c", "echo out; echo err >&2; exit 3"]);

        output.Should().Be(new CommandOutput(3, "out\n", "err\n"));
    }

    [Fact]
    public void CommandRunner_ReportsAMissingCommand_AsNotFound() =>
        CommandRunner.Run("l2v-no-such-command", []).NotFound.Should().BeTrue();

    [Fact]
    public void CommandRunner_UsesTheCLocale() =>
        CommandRunner.Run("sh", ["-c", "echo $LC_ALL"]).StandardOutput.Should().Be("C\n");

    [Fact]
    public void Nvml_EitherReadsGpus_OrSaysWhyNot()
    {
        var outcome = NvmlProbe.Read();

        if (outcome.Reading is { } reading)
        {
            reading.Source.Should().Be(GpuProbeSource.Nvml);
            reading.Devices.Should().NotBeEmpty().And.OnlyContain(d => d.Name.Length > 0 && d.MemoryTotalMiB > 0);
        }
        else
        {
            outcome.Problem.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Detect_ClassifiesItsOwnFacts()
    {
        var report = HardwareDetector.Detect();

        report.Class.Should().Be(HardwareClassifier.Classify(report.Gpu));
        report.Cpu.LogicalCores.Should().BePositive();
        report.Fingerprint.Should().StartWith(report.Class.ToString()).And.Contain(report.Cpu.Model);
        (report.Gpu.Devices.Count > 0).Should().Be(report.Gpu.NoGpuReason is null);
    }
}
