using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Reports.Charts;

namespace Llama2Validation.Tests.Correctness.Reports;

public sealed class ReportChartsTests
{
    [Fact]
    public void A100AndT4_DrawAllFiveCharts_AsRealPicturesOfReadableSize()
    {
        var figures = ReportFixture.A100AndT4().Figures;

        figures.Select(f => f.FileName).Should().Equal(ReportCharts.FileNames);
        foreach (var figure in figures)
        {
            figure.IsDrawn.Should().BeTrue(figure.Title);
            figure.Png!.Value.Length.Should().BeGreaterThan(10_000, $"{figure.FileName} should hold a real chart");
            var image = PngImage.Decode(figure.Png.Value.Span);
            image.Width.Should().BeGreaterThanOrEqualTo(1000);
            image.Height.Should().BeGreaterThanOrEqualTo(500);
            // Text, axes, anti-aliasing and several series give hundreds of colours; an empty or failed
            // render gives a handful.
            image.DistinctColours.Should().BeGreaterThan(50, figure.FileName);
            figure.Caption.Should().NotBeNullOrWhiteSpace();
        }
    }

    [Fact]
    public void Charts_AreTheSame_ForTheSameData()
    {
        var first = ReportFixture.A100AndT4().Figures;
        var second = ReportFixture.BuildA100AndT4().Figures;

        for (var i = 0; i < first.Count; i++)
        {
            PngImage.Decode(first[i].Png!.Value.Span).PixelHash.Should().Be(PngImage.Decode(second[i].Png!.Value.Span).PixelHash, first[i].FileName);
        }
    }

    [Theory]
    [InlineData(ThroughputChartName)]
    [InlineData("total-time.png")]
    [InlineData("rouge-vs-throughput.png")]
    [InlineData("latency-vs-length.png")]
    public void Charts_Differ_WhenThroughputDiffers(string fileName)
    {
        var baseline = ReportFixture.A100AndT4();
        var a100 = SampleResults.A100();
        var faster = new ResultsFile { Runs = [.. a100.Runs.Select(r => r.Strategy == "4-bit" ? FourBitAt(0.41) : r)] };
        var changed = ReportFixture.Build(("a100/results.json", faster), ("t4/results.json", SampleResults.T4()));

        var before = baseline.Figures.Single(f => f.FileName == fileName).Png!.Value;
        var after = changed.Figures.Single(f => f.FileName == fileName).Png!.Value;

        after.Span.SequenceEqual(before.Span).Should().BeFalse();
        PngImage.Decode(after.Span).PixelHash.Should().NotBe(PngImage.Decode(before.Span).PixelHash);
    }

    [Fact]
    public void MemoryChart_Differs_WhenPeakMemoryDiffers()
    {
        var baseline = ReportFixture.A100AndT4();
        var a100 = SampleResults.A100();
        var heavier = new ResultsFile { Runs = [.. a100.Runs.Select(r => r.Strategy == "8-bit" ? r with { PeakGpuMemoryBytes = 20L << 30 } : r)] };
        var changed = ReportFixture.Build(("a100/results.json", heavier), ("t4/results.json", SampleResults.T4()));

        PngImage.Decode(changed.Figures.Single(f => f.FileName == "peak-memory.png").Png!.Value.Span).PixelHash
            .Should().NotBe(PngImage.Decode(baseline.Figures.Single(f => f.FileName == "peak-memory.png").Png!.Value.Span).PixelHash);
    }

    [Fact]
    public void RougeChart_IsOmittedWithAReason_WhenEveryRunHasSyntheticWeights()
    {
        var model = ReportFixture.CpuSynthetic();

        var rouge = model.Figures.Single(f => f.FileName == "rouge-vs-throughput.png");
        rouge.IsDrawn.Should().BeFalse();
        rouge.OmittedBecause.Should().Contain("synthetic");
        model.Figures.Where(f => f.FileName != "rouge-vs-throughput.png").Should().OnlyContain(f => f.IsDrawn);
    }

    [Fact]
    public void Charts_AreOmittedWithReasons_WhenNoRunCompleted()
    {
        var failed = SampleResults.T4().Runs.Single(r => r.Outcome == RunOutcome.OutOfMemory) with { WallSeconds = 0, PeakGpuMemoryBytes = null, PeakRssBytes = 0 };
        var model = ReportFixture.Build(("t4.json", new() { Runs = [failed] }));

        model.Figures.Should().OnlyContain(f => !f.IsDrawn && !string.IsNullOrWhiteSpace(f.OmittedBecause));
        model.Summary.Rows.Should().ContainSingle();
    }

    private const string ThroughputChartName = "docs-per-second.png";

    private static RunResult FourBitAt(double docsPerSecond) =>
        SampleResults.Run("A100", "NVIDIA A100-SXM4-40GB, 40960 MiB", "4-bit", docsPerSecond, 0.2642, 4.7);
}
