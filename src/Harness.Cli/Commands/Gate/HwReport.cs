using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;

namespace Llama2Validation.Cli.Commands.Gate;

/// <summary>What <c>l2v hw</c> reports, computed once and then printed as a table or JSON.</summary>
internal sealed record HwReport(
    HardwareReport Hardware,
    SuiteConfiguration Configuration,
    IReadOnlyList<ConfigurationProblem> ConfigurationProblems,
    IReadOnlyList<HwStrategyRow> Strategies)
{
    public static HwReport Detect()
    {
        var configuration = SuiteConfiguration.FromEnvironment();
        var hardware = configuration.Apply(Harness.Hardware.Probes.HardwareDetector.Detect());
        var gate = new HardwareGate(hardware, configuration);
        var rows = gate.DecideForThisMachine(StrategyCatalog.InProcess).Select(HwStrategyRow.From).ToList();
        return new HwReport(hardware, configuration, configuration.Validate(), rows);
    }
}
