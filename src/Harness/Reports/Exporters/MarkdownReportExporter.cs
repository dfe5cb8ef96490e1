using System.Text;
using Llama2Validation.Harness.Reports.Layout;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Reports.Exporters;

/// <summary>report.md: summary, notes, charts (linked PNGs), provenance. Reads well on GitHub and in a terminal.</summary>
public sealed class MarkdownReportExporter : IReportExporter
{
    public const string FileName = "report.md";

    public string Name => "markdown";

    public IReadOnlyList<string> Export(ReportModel model, string folder)
    {
        var path = Path.Combine(folder, FileName);
        AtomicFile.WriteAllText(path, Format(model));
        return [path];
    }

    public static string Format(ReportModel model)
    {
        var text = new StringBuilder();
        foreach (var block in ReportLayout.Of(model))
        {
            Render(text, block);
        }

        return text.ToString();
    }

    private static void Render(StringBuilder text, ReportBlock block)
    {
        switch (block)
        {
            case ReportHeading heading:
                text.Append('#', heading.Level).Append(' ').AppendLine(heading.Text);
                break;
            case ReportSourcesLine line:
                text.Append("Generated ").Append(line.Generated).Append(" from ")
                    .AppendJoin(", ", line.Sources.Select(s => $"`{s}`")).AppendLine(".");
                break;
            case ReportParagraph { IsNote: true } note:
                text.Append("> **Note:** ").AppendLine(note.Text);
                break;
            case ReportParagraph paragraph:
                text.AppendLine(paragraph.Text);
                break;
            case ReportTableBlock { Table: var table }:
                Table(text, table);
                return;
            case ReportFigureBlock { Figure: { IsDrawn: true } figure }:
                text.Append("![").Append(figure.Title).Append("](").Append(figure.FileName).AppendLine(")").AppendLine();
                text.AppendLine(figure.Caption);
                break;
            case ReportFigureBlock { Figure: var figure }:
                text.Append("*Not drawn:* ").AppendLine(figure.OmittedBecause);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "no Markdown for this block");
        }

        text.AppendLine();
    }

    private static void Table(StringBuilder text, ReportTable table)
    {
        text.Append("| ").AppendJoin(" | ", table.Columns.Select(c => Cell(c.Header))).AppendLine(" |");
        text.Append('|').AppendJoin("|", table.Columns.Select(c => c.Numeric ? "---:" : "---")).AppendLine("|");
        foreach (var row in table.Rows)
        {
            text.Append("| ").AppendJoin(" | ", row.Select(Cell)).AppendLine(" |");
        }

        text.AppendLine();
    }

    /// <summary>A pipe or a line break inside a cell (a failure message, say) would break the table.</summary>
    private static string Cell(string value) =>
        value.Replace("|", "\\|", StringComparison.Ordinal).ReplaceLineEndings(" ");
}
