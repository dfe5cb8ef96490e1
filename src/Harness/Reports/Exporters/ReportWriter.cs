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

    /// <summary>Every file a report may consist of, so a fresh run can clear what an earlier one left.</summary>
    public static IReadOnlyList<string> FileNames { get; } =
        [MarkdownReportExporter.FileName, HtmlReportExporter.FileName, .. Charts.ReportCharts.AllFileNames];

    /// <summary>Deletes the report files in <paramref name="folder"/> (and nothing else there).</summary>
    public static void Remove(string folder)
    {
        foreach (var name in FileNames)
        {
            File.Delete(Path.Combine(folder, name));
        }
    }
}
