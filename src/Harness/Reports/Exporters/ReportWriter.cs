namespace Llama2Validation.Harness.Reports.Exporters;

/// <summary>Writes a report with every exporter: the PNGs, report.md and report.html.</summary>
public static class ReportWriter
{
    public static IReadOnlyList<IReportExporter> DefaultExporters { get; } =
        [new PngChartExporter(), new MarkdownReportExporter(), new HtmlReportExporter()];

    public static IReadOnlyList<string> Write(ReportModel model, string folder, IReadOnlyList<IReportExporter>? exporters = null)
    {
        ArgumentNullException.ThrowIfNull(model);
        Directory.CreateDirectory(folder);
        return (exporters ?? DefaultExporters).SelectMany(e => e.Export(model, folder)).ToList();
    }
}
