using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Correctness.Hardware;

namespace Llama2Validation.Tests.Correctness.Gating;

/// <summary>A runner that declares the class it gates must run every case of it: what would skip fails instead.</summary>
public sealed class DeclaredGateTests
{
    private static readonly HardwareReport CpuMachine = HardwareSamples.Report(HardwareSamples.NoDriver);

    [Fact]
    public void DeclaringA100_80GB_OnACpuMachine_SaysTheHardwareDiffers_AsADeclaredCase()
    {
        var gate = new HardwareGate(CpuMachine, Configuration(gate: "A100-80GB"));

        var decision = gate.Decide(new GateCase(new HardwareTarget(HardwareClass.A100), StrategyCatalog.Default));

        decision.Declared.Should().BeTrue();
        decision.SkipReason.Should().Contain("requires A100 80GB; the hardware differs: detected CPU");
    }

    [Fact]
    public void OtherClasses_StayUndeclared_AndSkipAsBefore()
    {
        var gate = new HardwareGate(CpuMachine, Configuration(gate: "CPU"));

        gate.Decide(new GateCase(new HardwareTarget(HardwareClass.H200), StrategyCatalog.Default)).Declared.Should().BeFalse();
        gate.Decide(new GateCase(new HardwareTarget(HardwareClass.CPU), StrategyCatalog.Default)).Declared.Should().BeTrue();
    }

    [Fact]
    public void WithoutTheVariable_NothingIsDeclared()
    {
        var gate = new HardwareGate(CpuMachine, Configuration(gate: null));

        gate.Decide(new GateCase(new HardwareTarget(HardwareClass.CPU), StrategyCatalog.Default)).Declared.Should().BeFalse();
    }

    [Fact]
    public void AnUnreadableDeclaration_IsAConfigurationProblem()
    {
        Configuration(gate: "B200").Validate().Should().ContainSingle().Which.Variable.Should().Be(SuiteVariables.Gate);
    }

    private static SuiteConfiguration Configuration(string? gate) =>
        SuiteConfiguration.From(name => name == SuiteVariables.Gate ? gate : null, Path.GetTempPath());
}
