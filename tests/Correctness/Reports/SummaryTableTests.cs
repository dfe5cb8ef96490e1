using Llama2Validation.Harness.Reports;

namespace Llama2Validation.Tests.Correctness.Reports;

public sealed class SummaryTableTests
{
    [Theory]
    [InlineData("A100", "vllm-awq", "4.273", "0.2554")]
    [InlineData("A100", "flash-attn", "0.339", "0.2822")]
    [InlineData("A100", "8-bit", "0.059", "0.2667")]
    [InlineData("T4", "4-bit", "0.183", "0.2507")]
    [InlineData("T4", "8-bit", "0.055", "0.2752")]
    public void Summary_ShowsEachRunsThroughputAndRouge(string hardware, string strategy, string docsPerSecond, string rouge)
    {
        var summary = ReportFixture.A100AndT4().Summary;

        ReportFixture.Cell(summary, hardware, strategy, "docs/s").Should().Be(docsPerSecond);
        ReportFixture.Cell(summary, hardware, strategy, "ROUGE-1 F1").Should().Be(rouge);
        ReportFixture.Cell(summary, hardware, strategy, "Outcome").Should().Be("completed, 100/100 ok");
    }

    [Fact]
    public void Summary_ShowsTotalTimeAndPeakGpuMemoryWithUnits()
    {
        var summary = ReportFixture.A100AndT4().Summary;

        // 100 documents at 4.273 docs/s plus 23 s of load.
        ReportFixture.Cell(summary, "A100", "vllm-awq", "Total time (s)").Should().Be("46.4");
        ReportFixture.Cell(summary, "A100", "vllm-awq", "Peak memory").Should().Be("36.10 GiB GPU");
    }

    [Fact]
    public void Summary_OrdersMostCapableHardwareFirst_ThenStrategiesInCatalogOrder()
    {
        var summary = ReportFixture.A100AndT4().Summary;

        summary.Column("Hardware").Should().Equal("A100", "A100", "A100", "A100", "A100", "T4", "T4", "T4", "T4");
        summary.Column("Strategy").Should().Equal("default", "8-bit", "4-bit", "flash-attn", "vllm-awq", "default", "8-bit", "4-bit", "vllm-awq");
        summary.Column("#").Should().Equal("1", "2", "3", "4", "5", "6", "7", "8", "9");
    }

    [Fact]
    public void Summary_ShowsAnOutOfMemoryRunWithItsReasonAndNoThroughput()
    {
        var summary = ReportFixture.A100AndT4().Summary;

        ReportFixture.Cell(summary, "T4", "default", "Outcome").Should().Be("out-of-memory: CUDA out of memory loading 12.6 GiB of F16 weights");
        ReportFixture.Cell(summary, "T4", "default", "docs/s").Should().Be("—");
        ReportFixture.Cell(summary, "T4", "default", "ROUGE-1 F1").Should().Be(ReportFormat.NotAvailable);
    }

    [Fact]
    public void Summary_SaysSyntheticWeightsInsteadOfARouge_AndShowsHostMemory()
    {
        var model = ReportFixture.CpuSynthetic();

        model.Summary.Column("ROUGE-1 F1").Should().AllBe("n/a — synthetic weights");
        ReportFixture.Cell(model.Summary, "CPU", "default", "Peak memory").Should().Be("310 MiB host RSS");
        model.Notes.Should().Contain(n => n.Contains("synthetic", StringComparison.Ordinal));
    }

    [Fact]
    public void Summary_NeverShowsARougeOfSyntheticWeights_EvenWhenTheFileHasOne()
    {
        var run = SampleResults.CpuSynthetic().Runs[0] with { Rouge1F1 = 0.02 };
        var model = ReportFixture.Build(("cpu.json", new() { Runs = [run] }));

        model.Summary.Column("ROUGE-1 F1").Should().Equal("n/a — synthetic weights");
    }
}
