using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Correctness.Hardware;
using Llama2Validation.Tests.Support;

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

    [Theory]
    [InlineData("B200")]
    [InlineData("H2OO")]
    [InlineData("A100-20GB")]
    public void AnUnreadableDeclaration_FailsEveryCase_WithOneLineListingTheValidNames(string text)
    {
        var gate = new HardwareGate(CpuMachine, Configuration(gate: text));

        foreach (var gateCase in TestMatrix.Cases(HardwareTargets.ClassesAndSizes, StrategyCatalog.InProcess))
        {
            var decision = gate.Decide(gateCase);
            decision.Declared.Should().BeTrue("a declared runner fails what it cannot judge, and this runner meant to declare");
            decision.SkipReason.Should().Be($"{SuiteVariables.Gate}={text} is not a hardware class; valid names: {HardwareOverride.Accepted}")
                .And.NotContain("\n").And.Contain("CPU, T4, L4, A100, A100-40GB, A100-80GB, H100, H200");
        }
    }

    [Fact]
    public void AnUnreadableDeclaration_IsAConfigurationProblem()
    {
        Configuration(gate: "B200").Validate().Should().ContainSingle().Which.Variable.Should().Be(SuiteVariables.Gate);
    }

    private static SuiteConfiguration Configuration(string? gate) =>
        SuiteConfiguration.From(name => name == SuiteVariables.Gate ? gate : null, Path.GetTempPath());
}
