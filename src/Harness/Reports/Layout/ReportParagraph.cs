namespace Llama2Validation.Harness.Reports.Layout;

/// <summary>A paragraph of plain text; a note is set apart as something to read before trusting a number.</summary>
public sealed record ReportParagraph(string Text, bool IsNote = false) : ReportBlock;
