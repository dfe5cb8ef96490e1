namespace Llama2Validation.Harness.Reports.Layout;

/// <summary>A table of already formatted cells (its title comes before it as a heading).</summary>
public sealed record ReportTableBlock(ReportTable Table) : ReportBlock;
