namespace Llama2Validation.Harness.Reports.Exporters;

/// <summary>Lays a computed <see cref="ReportModel"/> out in one format; never computes a figure itself.</summary>
public interface IReportExporter
{
    string Name { get; }

    /// <summary>Writes into <paramref name="folder"/> and returns the paths of the files written.</summary>
    IReadOnlyList<string> Export(ReportModel model, string folder);
}
