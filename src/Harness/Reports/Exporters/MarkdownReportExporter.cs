using System.Text;
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
        ArgumentNullException.ThrowIfNull(model);
        var text = new StringBuilder();
        text.Append("# ").AppendLine(model.Title).AppendLine();
        text.Append("Generated ").Append(ReportFormat.Date(model.GeneratedAt)).Append(" from ")
            .AppendJoin(", ", model.Sources.Select(s => $"`{s}`")).AppendLine(".").AppendLine();

        Table(text, model.Summary);
        text.AppendLine("Run numbers (#) are the same in the provenance tables at the end, which say where each figure comes from.").AppendLine();
        foreach (var note in model.Notes)
        {
            text.Append("> **Note:** ").AppendLine(note).AppendLine();
        }

        if (model.Figures.Count > 0)
        {
            text.AppendLine("## Charts").AppendLine();
        }

        foreach (var figure in model.Figures)
        {
            text.Append("### ").AppendLine(figure.Title).AppendLine();
            if (figure.IsDrawn)
            {
                text.Append("![").Append(figure.Title).Append("](").Append(figure.FileName).AppendLine(")").AppendLine();
                text.AppendLine(figure.Caption).AppendLine();
            }
            else
            {
                text.Append("*Not drawn:* ").AppendLine(figure.OmittedBecause).AppendLine();
            }
        }

        Table(text, model.Provenance);
        Table(text, model.Environments);
        return text.ToString();
    }

    private static void Table(StringBuilder text, ReportTable table)
    {
        text.Append("## ").AppendLine(table.Title).AppendLine();
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
