namespace Llama2Validation.Harness.Reports;

/// <summary>A table with every cell already formatted, so Markdown and HTML show exactly the same figures.</summary>
public sealed record ReportTable(string Title, IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    /// <summary>The cells of one column, top to bottom (tests and exporters read tables by header).</summary>
    public IReadOnlyList<string> Column(string header)
    {
        var index = Columns.ToList().FindIndex(c => c.Header == header);
        if (index < 0)
        {
            throw new ArgumentException($"The table '{Title}' has no column '{header}'.", nameof(header));
        }

        return Rows.Select(r => r[index]).ToList();
    }
}
