using Llama2Validation.Harness.Reports.Charts;
using Llama2Validation.Harness.Serialization;

namespace Llama2Validation.Harness.Reports.Exporters;

/// <summary>Each drawn chart as its own PNG beside report.md, which links them by file name.</summary>
public sealed class PngChartExporter : IReportExporter
{
    public string Name => "png";

    public IReadOnlyList<string> Export(ReportModel model, string folder)
    {
        ArgumentNullException.ThrowIfNull(model);
        var written = new List<string>();
        foreach (var figure in model.Figures.Where(f => f.IsDrawn))
        {
            var path = Path.Combine(folder, figure.FileName);
            AtomicFile.WriteAllBytes(path, figure.Png!.Value.Span);
            written.Add(path);
        }

        // A chart drawn by an earlier report into this folder but omitted now would otherwise sit there
        // looking current.
        foreach (var stale in ReportCharts.AllFileNames.Except(model.Figures.Where(f => f.IsDrawn).Select(f => f.FileName)))
        {
            File.Delete(Path.Combine(folder, stale));
        }

        return written;
    }
}
