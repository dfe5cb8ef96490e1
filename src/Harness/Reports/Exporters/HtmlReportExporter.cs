using System.Net;
using System.Text;
using Llama2Validation.Harness.Reports.Layout;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Reports.Exporters;

/// <summary>
/// report.html: one self-contained file (CSS inline, charts as base64 data URIs, no script, no
/// external request), so it can be attached to a CI run or mailed and still open offline.
/// </summary>
public sealed class HtmlReportExporter : IReportExporter
{
    public const string FileName = "report.html";

    private const string Style = """
        body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; margin: 2rem auto; max-width: 1200px; padding: 0 1rem; color: #1f2328; line-height: 1.45; }
        h1 { font-size: 1.8rem; margin-bottom: .2rem; }
        h2 { font-size: 1.35rem; margin-top: 2.2rem; border-bottom: 1px solid #d0d7de; padding-bottom: .3rem; }
        h3 { font-size: 1.1rem; margin: 1.6rem 0 .5rem; }
        .meta { color: #59636e; margin-top: 0; }
        .scroll { overflow-x: auto; margin-bottom: .8rem; }
        table { border-collapse: collapse; font-size: .9rem; }
        th, td { border: 1px solid #d0d7de; padding: .35rem .6rem; text-align: left; vertical-align: top; }
        th { background: #f6f8fa; white-space: nowrap; }
        td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        tbody tr:nth-child(even) { background: #fafbfc; }
        .note { background: #fff8c5; border-left: 4px solid #d4a72c; padding: .5rem .8rem; margin: .8rem 0; }
        figure { margin: 0 0 1rem; }
        figure img { max-width: 100%; height: auto; border: 1px solid #d0d7de; }
        figcaption { color: #59636e; font-size: .92rem; margin-top: .4rem; }
        .omitted { color: #59636e; font-style: italic; }
        """;

    public string Name => "html";

    public IReadOnlyList<string> Export(ReportModel model, string folder)
    {
        var path = Path.Combine(folder, FileName);
        AtomicFile.WriteAllText(path, Format(model));
        return [path];
    }

    public static string Format(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var html = new StringBuilder();
        html.AppendLine("<!DOCTYPE html>")
            .AppendLine("<html lang=\"en\">")
            .AppendLine("<head>")
            .AppendLine("<meta charset=\"utf-8\">")
            .AppendLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
            .Append("<title>").Append(Encode(model.Title)).AppendLine("</title>")
            .Append("<style>").Append(Style).AppendLine("</style>")
            .AppendLine("</head>")
            .AppendLine("<body>");
        foreach (var block in ReportLayout.Of(model))
        {
            Render(html, block);
        }

        html.AppendLine("</body>").AppendLine("</html>");
        return html.ToString();
    }

    private static void Render(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ReportHeading heading:
                html.Append("<h").Append(heading.Level).Append('>').Append(Encode(heading.Text)).Append("</h").Append(heading.Level).AppendLine(">");
                break;
            case ReportSourcesLine line:
                html.Append("<p class=\"meta\">Generated ").Append(Encode(line.Generated)).Append(" from ")
                    .AppendJoin(", ", line.Sources.Select(s => $"<code>{Encode(s)}</code>")).AppendLine(".</p>");
                break;
            case ReportParagraph { IsNote: true } note:
                html.Append("<p class=\"note\"><strong>Note:</strong> ").Append(Encode(note.Text)).AppendLine("</p>");
                break;
            case ReportParagraph paragraph:
                html.Append("<p class=\"meta\">").Append(Encode(paragraph.Text)).AppendLine("</p>");
                break;
            case ReportTableBlock { Table: var table }:
                Table(html, table);
                break;
            case ReportFigureBlock { Figure: { IsDrawn: true } figure }:
                html.Append("<figure><img alt=\"").Append(Encode(figure.Title)).Append("\" src=\"data:image/png;base64,")
                    .Append(Convert.ToBase64String(figure.Png!.Value.Span)).AppendLine("\">")
                    .Append("<figcaption>").Append(Encode(figure.Caption)).AppendLine("</figcaption></figure>");
                break;
            case ReportFigureBlock { Figure: var figure }:
                html.Append("<p class=\"omitted\">Not drawn: ").Append(Encode(figure.OmittedBecause ?? "")).AppendLine("</p>");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(block), block, "no HTML for this block");
        }
    }

    private static void Table(StringBuilder html, ReportTable table)
    {
        html.AppendLine("<div class=\"scroll\"><table>");
        html.Append("<thead><tr>");
        foreach (var column in table.Columns)
        {
            html.Append(column.Numeric ? "<th class=\"num\">" : "<th>").Append(Encode(column.Header)).Append("</th>");
        }

        html.AppendLine("</tr></thead>").AppendLine("<tbody>");
        foreach (var row in table.Rows)
        {
            html.Append("<tr>");
            for (var i = 0; i < row.Count; i++)
            {
                html.Append(table.Columns[i].Numeric ? "<td class=\"num\">" : "<td>").Append(Encode(row[i])).Append("</td>");
            }

            html.AppendLine("</tr>");
        }

        html.AppendLine("</tbody>").AppendLine("</table></div>");
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
