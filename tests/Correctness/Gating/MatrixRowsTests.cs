using Llama2Validation.Harness.Configuration;
using Llama2Validation.Harness.Gating;
using Llama2Validation.Harness.Hardware;
using Llama2Validation.Harness.Strategies;
using Llama2Validation.Tests.Correctness.Hardware;
using Llama2Validation.Tests.Support;
using Xunit.Sdk;

namespace Llama2Validation.Tests.Correctness.Gating;

/// <summary>The test-side half of gating (tests/Support): rows carry the right traits and skips carry the reason.</summary>
public sealed class MatrixRowsTests
{
    [Fact]
    public void EveryRow_CarriesExactlyOneCategory_FromTheAllowedSet()
    {
        var rows = MatrixRows.InProcessBySize.ToList();

        rows.Should().HaveCount(TestMatrix.InProcessBySize.Count);
        rows.Should().OnlyContain(r => r.Traits[TestTraits.Category].Count == 1);
        rows.SelectMany(r => r.Traits[TestTraits.Category]).Distinct()
            .Should().BeEquivalentTo(["CPU", "T4", "L4", "A100", "H100", "H200"]);
    }

    [Fact]
    public void A100Rows_CarryTheirMemorySize_AndNoOtherRowDoes()
    {
        var rows = MatrixRows.InProcessBySize.ToList();

        rows.Where(r => r.Traits.ContainsKey(TestTraits.GpuMemory))
            .Should().HaveCount(2 * StrategyCatalog.InProcess.Count)
            .And.OnlyContain(r => r.Traits[TestTraits.Category].Single() == "A100");
        rows.SelectMany(r => r.Traits.GetValueOrDefault(TestTraits.GpuMemory) ?? []).Distinct().Should().BeEquivalentTo(["40GB", "80GB"]);
    }

    [Fact]
    public void RowData_IsTheCase_ShownByName()
    {
        var row = MatrixRows.Row(new GateCase(new HardwareTarget(HardwareClass.A100, "80GB"), StrategyCatalog.FourBit));

        var matrixCase = ((ITheoryDataRow)row).GetData().Should().ContainSingle().Which.Should().BeOfType<MatrixCase>().Subject;
        matrixCase.Case.Should().Be(new GateCase(new HardwareTarget(HardwareClass.A100, "80GB"), StrategyCatalog.FourBit));
        matrixCase.ToString().Should().Be("A100 80GB / 4-bit");
    }

    [Fact]
    public void RunsHere_SkipsWithTheGatesReason()
    {
        var gate = new HardwareGate(HardwareSamples.Report(HardwareSamples.NoDriver), new SuiteConfiguration());
        var matrixCase = new MatrixCase(new GateCase(new HardwareTarget(HardwareClass.H100), StrategyCatalog.Default));

        var act = () => gate.RunsHere(matrixCase);

        act.Should().Throw<SkipException>().Which.Message.Should().Contain("requires H100; detected CPU (no NVIDIA driver)");
    }

    [Fact]
    public void RunsHere_ReturnsTheDecision_WhenTheCaseRuns()
    {
        var gate = new HardwareGate(HardwareSamples.Report(HardwareSamples.NoDriver), new SuiteConfiguration());

        gate.RunsHere(new MatrixCase(new GateCase(new HardwareTarget(HardwareClass.CPU), StrategyCatalog.Batched)))
            .ModelIdentity.Should().Be("l2v-summariser");
    }
}
