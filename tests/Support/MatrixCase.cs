using System.Text.Json;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Serialization;
using Llama2Validation.Harness.Strategies;
using Xunit.Sdk;

namespace Llama2Validation.Tests.Support;

/// <summary>
/// A matrix case as a theory argument. xunit must serialize row data to list each row as its own test
/// case at discovery, which is what lets per-row traits (Category) reach <c>--filter</c>.
/// </summary>
public sealed class MatrixCase : IXunitSerializable
{
    private HardwareTarget target = new(HardwareClass.Unknown);

    private StrategySpec strategy = StrategyCatalog.Default;

    [Obsolete("For xunit's deserializer only.")]
    public MatrixCase()
    {
    }

    public MatrixCase(GateCase gateCase)
    {
        target = gateCase.Target;
        strategy = gateCase.Strategy;
    }

    public GateCase Case => new(target, strategy);

    public void Serialize(IXunitSerializationInfo info)
    {
        info.AddValue("class", target.Class.ToString());
        info.AddValue("gpuMemory", target.GpuMemory);
        // The whole spec, not its name: sweeps build specs the catalog does not hold.
        info.AddValue("strategy", JsonSerializer.Serialize(strategy, HarnessJson.Compact));
    }

    public void Deserialize(IXunitSerializationInfo info)
    {
        target = new HardwareTarget(Enum.Parse<HardwareClass>(info.GetValue<string>("class")!), info.GetValue<string>("gpuMemory"));
        strategy = JsonSerializer.Deserialize<StrategySpec>(info.GetValue<string>("strategy")!, HarnessJson.Compact)!;
    }

    /// <summary>The test name shows it: "A100 80GB / 4-bit".</summary>
    public override string ToString() => Case.ToString();
}
