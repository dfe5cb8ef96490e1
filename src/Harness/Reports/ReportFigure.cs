namespace Llama2Validation.Harness.Reports;

/// <summary>
/// One chart of the report: drawn (PNG bytes) or omitted with the reason the text shows instead,
/// so a report never carries an empty panel.
/// </summary>
public sealed record ReportFigure(string FileName, string Title, string Caption, ReadOnlyMemory<byte>? Png, string? OmittedBecause = null)
{
    public bool IsDrawn => Png is not null;

    public static ReportFigure Drawn(string fileName, string title, string caption, byte[] png) => new(fileName, title, caption, png);

    public static ReportFigure Omitted(string fileName, string title, string reason) => new(fileName, title, "", null, reason);
}
