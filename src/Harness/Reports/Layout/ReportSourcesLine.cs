namespace Llama2Validation.Harness.Reports.Layout;

/// <summary>"Generated DATE from FILE, FILE.": the file names are set as code.</summary>
public sealed record ReportSourcesLine(string Generated, IReadOnlyList<string> Sources) : ReportBlock;
