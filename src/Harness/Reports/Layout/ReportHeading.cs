namespace Llama2Validation.Harness.Reports.Layout;

/// <summary>A heading: 1 the report's title, 2 a section, 3 a chart's title.</summary>
public sealed record ReportHeading(int Level, string Text) : ReportBlock;
