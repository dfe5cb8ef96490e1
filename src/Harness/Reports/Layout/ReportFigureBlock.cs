namespace Llama2Validation.Harness.Reports.Layout;

/// <summary>A chart, or the reason it was not drawn (its title comes before it as a heading).</summary>
public sealed record ReportFigureBlock(ReportFigure Figure) : ReportBlock;
