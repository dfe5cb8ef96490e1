using System.Net;
using Llama2Validation.Harness.Reports.Exporters;
using Llama2Validation.Harness.Reports.Layout;

namespace Llama2Validation.Tests.Correctness.Reports;

/// <summary>Markdown and HTML render one layout: every heading, paragraph and note it holds appears in both, in its order.</summary>
public sealed class ReportLayoutTests
{
    [Fact]
    public void Both_formats_show_every_heading_and_paragraph_of_the_layout_in_order()
    {
        var model = ReportFixture.CpuSynthetic();
        var texts = ReportLayout.Of(model).Select(block => block switch
        {
            ReportHeading heading => heading.Text,
            ReportParagraph paragraph => paragraph.Text,
            _ => null,
        }).OfType<string>().ToList();
        var markdown = MarkdownReportExporter.Format(model);
        var html = HtmlReportExporter.Format(model);

        texts.Should().Contain(ReportLayout.RunNumbers).And.Contain(model.Notes).And.Contain("Charts");
        InOrder(markdown, texts).Should().BeTrue();
        InOrder(html, texts.Select(text => WebUtility.HtmlEncode(text))).Should().BeTrue();
    }

    [Fact]
    public void Notes_come_after_the_summary_and_the_provenance_tables_last()
    {
        var blocks = ReportLayout.Of(ReportFixture.CpuSynthetic());
        var tables = blocks.OfType<ReportTableBlock>().Select(t => t.Table.Title).ToList();
        var firstNote = blocks.ToList().FindIndex(b => b is ReportParagraph { IsNote: true });
        var summary = blocks.ToList().FindIndex(b => b is ReportTableBlock { Table.Title: "Summary" });

        tables.Should().Equal("Summary", "Provenance: runs", "Provenance: environments");
        firstNote.Should().BeGreaterThan(summary);
        blocks[0].Should().Be(new ReportHeading(1, ReportFixture.CpuSynthetic().Title));
    }

    private static bool InOrder(string text, IEnumerable<string> parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            at = text.IndexOf(part, at, StringComparison.Ordinal);
            if (at < 0)
            {
                return false;
            }

            at += part.Length;
        }

        return true;
    }
}
