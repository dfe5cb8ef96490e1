using Llama2Validation.Harness.Agreement;
using Llama2Validation.Harness.Measurement;
using Llama2Validation.Harness.Reports;
using Llama2Validation.Harness.Reports.Exporters;
using Llama2Validation.Tests.Support;

namespace Llama2Validation.Tests.Correctness.Reports;

/// <summary>Issue 34: a report shows each strategy's agreement with the F16 reference beside ROUGE-1 when its runs carry it.</summary>
public sealed class AgreementColumnsTests
{
    // As the agreement worker measures them for a 4-bit strategy: KL small, a few top tokens lost.
    private static readonly AgreementFigures FourBit = new()
    {
        Strategy = "4-bit",
        Documents = 12,
        Positions = 699,
        MeanKl = 0.01234567,
        P99Kl = 0.0987654,
        MaxKl = 0.31,
        Top1 = 0.971388,
        DivergedDocuments = 3,
    };

    private static readonly Lazy<ReportModel> WithAgreement = new(() =>
    {
        var results = SampleResults.CpuSynthetic();
        return ReportFixture.Build(("cpu.json", results with { Runs = [results.Runs[0], results.Runs[1] with { Agreement = FourBit.ToRun() }] }));
    });

    [Fact]
    public void A_run_with_agreement_figures_shows_mean_KL_p99_KL_and_top_1_right_after_ROUGE_1()
    {
        var summary = WithAgreement.Value.Summary;
        var headers = summary.Columns.Select(c => c.Header).ToList();

        headers.IndexOf(SummaryTable.MeanKl).Should().Be(headers.IndexOf("ROUGE-1 F1") + 1);
        headers.IndexOf(SummaryTable.P99Kl).Should().Be(headers.IndexOf("ROUGE-1 F1") + 2);
        headers.IndexOf(SummaryTable.Top1).Should().Be(headers.IndexOf("ROUGE-1 F1") + 3);
        ReportFixture.Cell(summary, "CPU", "4-bit", SummaryTable.MeanKl).Should().Be("0.0123");
        ReportFixture.Cell(summary, "CPU", "4-bit", SummaryTable.P99Kl).Should().Be("0.0988");
        ReportFixture.Cell(summary, "CPU", "4-bit", SummaryTable.Top1).Should().Be("97.14%");
        ReportFixture.Cell(summary, "CPU", "4-bit", "Outcome").Should().StartWith("completed", "the cells after the inserted columns stay in their own columns");
    }

    [Fact]
    public void A_run_without_them_beside_one_with_them_says_n_a()
    {
        var summary = WithAgreement.Value.Summary;

        ReportFixture.Cell(summary, "CPU", "default", SummaryTable.MeanKl).Should().Be(ReportFormat.NotAvailable);
        ReportFixture.Cell(summary, "CPU", "default", SummaryTable.Top1).Should().Be(ReportFormat.NotAvailable);
    }

    [Fact]
    public void Runs_without_agreement_figures_keep_the_table_as_it_was()
    {
        ReportFixture.CpuSynthetic().Summary.Columns.Should().Equal(SummaryTable.Columns);
    }

    [Fact]
    public void Markdown_and_HTML_both_show_the_figures()
    {
        var markdown = MarkdownReportExporter.Format(WithAgreement.Value);
        var html = HtmlReportExporter.Format(WithAgreement.Value);

        markdown.Should().Contain("| ROUGE-1 F1 | mean KL | p99 KL | top-1 |").And.Contain("| 0.0123 | 0.0988 | 97.14% |");
        html.Should().Contain("<th class=\"num\">mean KL</th>").And.Contain("<td class=\"num\">0.0123</td><td class=\"num\">0.0988</td><td class=\"num\">97.14%</td>");
    }

    [Fact]
    public void The_figures_survive_a_results_file()
    {
        using var folder = new TemporaryFolder();
        var run = SampleResults.CpuSynthetic().Runs[1] with { Agreement = FourBit.ToRun() };
        ResultsStore.Write(folder.Path, new ResultsFile { Runs = [run] });

        var read = ResultsStore.Read(folder.PathOf(ResultsStore.FileName)).Runs.Should().ContainSingle().Subject;

        read.Agreement.Should().Be(new RunAgreement { Documents = 12, Positions = 699, MeanKl = 0.01234567, P99Kl = 0.0987654, Top1 = 0.971388 });
    }
}
