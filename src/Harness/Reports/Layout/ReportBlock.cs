namespace Llama2Validation.Harness.Reports.Layout;

/// <summary>
/// One piece of a report's body, in reading order: Markdown and HTML render the same sequence of blocks
/// (<see cref="ReportLayout"/>), so neither can show a section, note or table the other lacks.
/// </summary>
public abstract record ReportBlock;
