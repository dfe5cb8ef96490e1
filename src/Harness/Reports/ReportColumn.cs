namespace Llama2Validation.Harness.Reports;

/// <summary>A table column; numeric columns are right-aligned so decimals line up.</summary>
public sealed record ReportColumn(string Header, bool Numeric = false);
