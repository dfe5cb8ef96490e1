using Llama2Validation.Harness.Hardware;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Gating;

/// <summary>
/// The gate on the machine running the tests, one row per matrix case. The rows carry no Category: they
/// judge the routing, not the class, so <c>dotnet test --filter Category=A100</c> on a CPU machine must not
/// count them as A100 tests that passed.
/// </summary>
public sealed class GateOnThisMachineTests(ITestOutputHelper output)
{
    public static IEnumerable<TheoryDataRow<MatrixCase>> Rows => TestMatrix.InProcessBySize.Select(c => new TheoryDataRow<MatrixCase>(new MatrixCase(c)));

    [Theory]
    [MemberData(nameof(Rows))]
    public void Gate_RunsTheCaseOnlyOnItsHardware_OrNamesTheRequiredAndDetectedHardware(MatrixCase matrixCase)
    {
        var hardware = SuiteContext.Hardware;
        var target = matrixCase.Case.Target;
        var decision = SuiteContext.Gate().Decide(matrixCase.Case);
        output.WriteLine($"{matrixCase} on {hardware.Summary}: {decision.SkipReason ?? "runs on " + (decision.ModelPath ?? decision.ModelIdentity)}");

        var onItsHardware = target.Class == HardwareClass.CPU
            || (target.Class == hardware.Class && (target.GpuMemory is null || target.GpuMemory == hardware.GpuMemory));
        if (onItsHardware)
        {
            decision.Reasons.Should().NotContain(r => r.StartsWith("requires", StringComparison.Ordinal));
        }
        else
        {
            decision.SkipReason.Should().StartWith($"requires {target}; detected {hardware.Class}");
        }

        if (target.Class == HardwareClass.CPU)
        {
            // The CPU cases need nothing configured: the generated tiny model is always available.
            decision.Runs.Should().BeTrue();
            decision.ModelIdentity.Should().Be("l2v-summariser");
        }
    }
}
