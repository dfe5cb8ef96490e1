using System.Text.RegularExpressions;
using Llama2Validation.Harness.Reports.Charts;
using Llama2Validation.Harness.Reports.Exporters;

namespace Llama2Validation.Tests.Correctness.Reports;

public sealed partial class ReportWriterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("l2v-report-write-").FullName;

    [Fact]
    public void Write_PutsMarkdownHtmlAndEveryChartIntoTheFolder()
    {
        var written = ReportWriter.Write(ReportFixture.A100AndT4(), folder);

        written.Select(Path.GetFileName).Should().BeEquivalentTo([.. ReportCharts.FileNames, "report.md", "report.html"]);
        foreach (var chart in ReportCharts.FileNames)
        {
            var bytes = File.ReadAllBytes(Path.Combine(folder, chart));
            bytes.Length.Should().BeGreaterThan(10_000);
            PngImage.Decode(bytes).Width.Should().BeGreaterThan(0);
        }

        Directory.GetFiles(folder).Should().HaveCount(written.Count, "no temporary files are left behind");
    }

    [Fact]
    public void Markdown_HasTheSummaryRows_LinksEachChart_AndTheProvenance()
    {
        var markdown = MarkdownReportExporter.Format(ReportFixture.A100AndT4());

        markdown.Should().Contain("| 5 | A100 | vllm-awq | 4.273 | 46.4 | 0.2554 | 36.10 GiB GPU |");
        markdown.Should().Contain("| 8 | T4 | 4-bit | 0.183 |");
        foreach (var chart in ReportCharts.FileNames)
        {
            markdown.Should().Contain($"]({chart})");
        }

        markdown.Should().Contain("## Provenance: runs").And.Contain("## Provenance: environments").And.Contain("08a5566d61d7");
        markdown.Should().Contain("|---:|---|---|---:|", "numeric columns are right-aligned");
    }

    [Fact]
    public void Markdown_SaysWhyAChartIsMissing()
    {
        var markdown = MarkdownReportExporter.Format(ReportFixture.CpuSynthetic());

        markdown.Should().Contain("*Not drawn:* every run used synthetic (random) weights");
        markdown.Should().NotContain("](rouge-vs-throughput.png)");
    }

    [Fact]
    public void Html_IsSelfContained()
    {
        var html = HtmlReportExporter.Format(ReportFixture.A100AndT4());

        ExternalReference().Matches(html).Select(m => m.Value).Should().BeEmpty("the report must open offline and fetch nothing");
        html.Should().NotContain("<script").And.NotContain("<link").And.NotContain("@import").And.NotContain("url(");
        var images = ImageSource().Matches(html).Select(m => m.Groups["src"].Value).ToList();
        images.Should().HaveCount(ReportCharts.FileNames.Count);
        foreach (var source in images)
        {
            source.Should().StartWith("data:image/png;base64,");
            PngImage.Decode(Convert.FromBase64String(source["data:image/png;base64,".Length..])).Width.Should().BeGreaterThan(0);
        }
    }

    [Fact]
    public void Html_ShowsTheSameFiguresAsMarkdown_Escaped()
    {
        var model = ReportFixture.A100AndT4();
        var html = HtmlReportExporter.Format(model);

        html.Should().Contain("<td class=\"num\">4.273</td>").And.Contain("<td class=\"num\">0.2554</td>");
        html.Should().Contain("out-of-memory: CUDA out of memory loading 12.6 GiB of F16 weights");
        html.Should().Contain("<style>").And.StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public void Write_RemovesAChartThatAnEarlierReportDrewButThisOneOmits()
    {
        ReportWriter.Write(ReportFixture.A100AndT4(), folder);
        File.Exists(Path.Combine(folder, "rouge-vs-throughput.png")).Should().BeTrue();

        ReportWriter.Write(ReportFixture.CpuSynthetic(), folder);

        File.Exists(Path.Combine(folder, "rouge-vs-throughput.png")).Should().BeFalse();
        File.Exists(Path.Combine(folder, "docs-per-second.png")).Should().BeTrue();
    }

    [GeneratedRegex("""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", RegexOptions.IgnoreCase)]
    private static partial Regex ExternalReference();

    [GeneratedRegex("""<img[^>]*\ssrc="(?<src>[^"]*)""", RegexOptions.IgnoreCase)]
    private static partial Regex ImageSource();

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
