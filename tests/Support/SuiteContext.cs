using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Hardware.Probes;

namespace Llama2Validation.Tests.Support;

/// <summary>The configuration and hardware of this test process, read once and shared by every test.</summary>
public static class SuiteContext
{
    private static readonly Lazy<SuiteConfiguration> LazyConfiguration = new(SuiteConfiguration.FromEnvironment);

    private static readonly Lazy<HardwareReport> LazyHardware = new(() => Configuration.Apply(HardwareDetector.Current));

    public static SuiteConfiguration Configuration => LazyConfiguration.Value;

    /// <summary>The detected hardware, or the class LLAMA2VALIDATION_HARDWARE_CLASS sets for a dry run.</summary>
    public static HardwareReport Hardware => LazyHardware.Value;

    /// <param name="hasApprovedBaseline">For cases that need an approved baseline; null when none is needed.</param>
    public static HardwareGate Gate(Func<BaselineKey, bool>? hasApprovedBaseline = null) =>
        new(Hardware, Configuration, hasApprovedBaseline);
}
