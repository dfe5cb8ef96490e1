using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Correctness.Hardware;

namespace Llama2Validation.Tests.Correctness.Gating;

/// <summary>The gate's decisions on every saved machine, and the reasons a person reads when a case skips.</summary>
public sealed class HardwareGateTests : IDisposable
{
    private readonly GateModels models = new();

    public static TheoryData<string, HardwareClass, string?> SampleByTarget()
    {
        var rows = new TheoryData<string, HardwareClass, string?>();
        foreach (var sample in HardwareSamples.Names)
        {
            foreach (var target in HardwareTargets.ClassesAndSizes)
            {
                rows.Add(sample, target.Class, target.GpuMemory);
            }
        }

        return rows;
    }

    [Theory]
    [MemberData(nameof(SampleByTarget))]
    public void Decide_RunsOnlyOnTheTargetsHardware_AndOtherwiseNamesBoth(string sample, HardwareClass targetClass, string? size)
    {
        var hardware = HardwareSamples.Report(sample);
        var target = new HardwareTarget(targetClass, size);
        var (machineClass, machineSize) = HardwareSamples.Expected[sample];
        var expectedToRun = targetClass == HardwareClass.CPU || (targetClass == machineClass && (size is null || size == machineSize));
        var gate = new HardwareGate(hardware, models.AllConfigured(), _ => true);

        foreach (var strategy in StrategyCatalog.InProcess)
        {
            var decision = gate.Decide(new GateCase(target, strategy));
            if (expectedToRun)
            {
                decision.SkipReason.Should().BeNull();
            }
            else
            {
                decision.SkipReason.Should().Be($"requires {target}; detected {hardware.Summary}")
                    .And.Contain(machineClass.ToString());
            }
        }
    }

    [Theory]
    [InlineData(HardwareSamples.NoDriver, "requires A100; detected CPU (no NVIDIA driver)")]
    [InlineData(HardwareSamples.NoNvidiaSmi, "requires A100; detected CPU (no NVIDIA driver: nvidia-smi not found)")]
    [InlineData(HardwareSamples.L40S, "requires A100; detected Unknown (NVIDIA L40S, 46068 MiB)")]
    [InlineData(HardwareSamples.H100, "requires A100; detected H100 (NVIDIA H100 80GB HBM3, 81559 MiB)")]
    public void Decide_SaysWhichHardwareIsMissing(string sample, string reason) =>
        Gate(sample).Decide(new GateCase(new HardwareTarget(HardwareClass.A100), StrategyCatalog.Default)).SkipReason.Should().Be(reason);

    [Fact]
    public void Decide_TellsTheA100SizesApart()
    {
        var decision = Gate(HardwareSamples.A100Small).Decide(new GateCase(new HardwareTarget(HardwareClass.A100, "80GB"), StrategyCatalog.Default));

        decision.SkipReason.Should().Be("requires A100 80GB; detected A100 40GB (NVIDIA A100-SXM4-40GB, 40960 MiB)");
    }

    [Fact]
    public void Decide_NamesTheVariable_WhenTheStrategysModelIsNotConfigured()
    {
        var configuration = models.AllConfigured() with { ModelQ4 = null };
        var gate = new HardwareGate(HardwareSamples.Report(HardwareSamples.A100LargePcie), configuration);

        var decision = gate.Decide(new GateCase(new HardwareTarget(HardwareClass.A100), StrategyCatalog.Batched));

        decision.SkipReason.Should().Be("4-bit model not configured: set LLAMA2VALIDATION_MODEL_Q4 or gpu.runsettings");
        gate.Decide(new GateCase(new HardwareTarget(HardwareClass.A100), StrategyCatalog.EightBit)).Runs.Should().BeTrue();
    }

    [Fact]
    public void Decide_NamesTheVariable_WhenTheConfiguredModelIsMissing()
    {
        var missing = models.PathOf("gone.Q8_0.gguf");
        var gate = new HardwareGate(HardwareSamples.Report(HardwareSamples.H200), models.AllConfigured() with { ModelQ8 = missing });

        gate.Decide(new GateCase(new HardwareTarget(HardwareClass.H200), StrategyCatalog.EightBit))
            .SkipReason.Should().Be($"8-bit model not found: LLAMA2VALIDATION_MODEL_Q8={missing} does not exist");
    }

    [Fact]
    public void Decide_AsksForTheBaselineByClassStrategyAndModel_AndSaysWhereToApproveIt()
    {
        var asked = new List<BaselineKey>();
        var gate = new HardwareGate(HardwareSamples.Report(HardwareSamples.A100Small), models.AllConfigured(), key =>
        {
            asked.Add(key);
            return false;
        });

        var decision = gate.Decide(new GateCase(new HardwareTarget(HardwareClass.A100), StrategyCatalog.Batched));

        // Real models are keyed by content (the test's stand-in file is empty: the sha256 of nothing).
        const string emptyFile = "sha256-e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
        asked.Should().Equal(new BaselineKey(new HardwareTarget(HardwareClass.A100), "batched", emptyFile));
        decision.SkipReason.Should().Be("no approved baseline for A100 / batched / model llama-2-7b-chat.Q4_0 (sha256-e3b0c44298fc…): run approve on an A100");
        decision.ModelPath.Should().Be(models.PathOf(GateModels.Q4));
    }

    [Fact]
    public void Decide_GivesEveryReasonAtOnce()
    {
        var gate = new HardwareGate(HardwareSamples.Report(HardwareSamples.T4), models.AllConfigured() with { ModelF16 = models.PathOf("absent.gguf") }, _ => false);

        gate.Decide(new GateCase(new HardwareTarget(HardwareClass.T4), StrategyCatalog.FlashAttn)).Reasons.Should().HaveCount(2)
            .And.Contain(r => r.StartsWith("F16 model not found", StringComparison.Ordinal))
            .And.Contain("no approved baseline for T4 / flash-attn / model absent: run approve on a T4");
    }

    [Theory]
    [InlineData(HardwareSamples.NoDriver)]
    [InlineData(HardwareSamples.H200)]
    public void Decide_RunsCpuCasesAnywhere_OnTheTrainedSummariser(string sample)
    {
        // No models configured: the CPU cases never need them.
        var gate = new HardwareGate(HardwareSamples.Report(sample), new SuiteConfiguration());

        var decisions = StrategyCatalog.InProcess.Select(s => gate.Decide(new GateCase(new HardwareTarget(HardwareClass.CPU), s))).ToList();

        decisions.Should().OnlyContain(d => d.Runs && d.ModelPath == null);
        decisions.Select(d => d.ModelIdentity).Should().OnlyContain(identity => identity == "l2v-summariser").And.HaveCount(5);
    }

    [Fact]
    public void Decide_CpuBaselines_AreKeyedByTheTrainedSummariser()
    {
        var gate = new HardwareGate(HardwareSamples.Report(HardwareSamples.NoDriver), new SuiteConfiguration(), _ => false);

        gate.Decide(new GateCase(new HardwareTarget(HardwareClass.CPU), StrategyCatalog.FourBit))
            .SkipReason.Should().Be("no approved baseline for CPU / 4-bit / model l2v-summariser: run approve on a CPU runner");
    }

    [Fact]
    public void Decide_FollowsADryRunsClass()
    {
        var configuration = models.AllConfigured() with { HardwareClassText = "H100" };
        var gate = new HardwareGate(configuration.Apply(HardwareSamples.Report(HardwareSamples.NoDriver)), configuration);

        gate.Decide(new GateCase(new HardwareTarget(HardwareClass.H100), StrategyCatalog.Default)).Runs.Should().BeTrue();
        gate.Decide(new GateCase(new HardwareTarget(HardwareClass.H200), StrategyCatalog.Default)).SkipReason
            .Should().Be("requires H200; detected H100 (set by LLAMA2VALIDATION_HARDWARE_CLASS; probes found CPU (no NVIDIA driver))");
    }

    [Fact]
    public void DecideForThisMachine_ListsCpuCasesAndTheMachinesOwnClass()
    {
        var gate = new HardwareGate(HardwareSamples.Report(HardwareSamples.A100LargeSxm), models.AllConfigured());

        var decisions = gate.DecideForThisMachine(StrategyCatalog.InProcess);

        decisions.Select(d => d.Case.Target.ToString()).Distinct().Should().Equal("CPU", "A100 80GB");
        decisions.Should().HaveCount(10).And.OnlyContain(d => d.Runs);
    }

    [Fact]
    public void DecideForThisMachine_OnUnrecognisedHardware_ListsOnlyCpuCases() =>
        new HardwareGate(HardwareSamples.Report(HardwareSamples.L40S), new SuiteConfiguration())
            .DecideForThisMachine(StrategyCatalog.InProcess).Should().OnlyContain(d => d.Case.Target.Class == HardwareClass.CPU);

    public void Dispose() => models.Dispose();

    private HardwareGate Gate(string sample) => new(HardwareSamples.Report(sample), models.AllConfigured());
}
