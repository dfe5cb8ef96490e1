namespace Llama2Validation.Harness.Reports.Layout;

/// <summary>The report's body as blocks in reading order: the one place that decides what a report says and where.</summary>
public static class ReportLayout
{
    public const string RunNumbers = "Run numbers (#) are the same in the provenance tables at the end, which say where each figure comes from.";

    public static IReadOnlyList<ReportBlock> Of(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var blocks = new List<ReportBlock>
        {
            new ReportHeading(1, model.Title),
            new ReportSourcesLine(ReportFormat.Date(model.GeneratedAt), model.Sources),
        };
        Table(blocks, model.Summary);
        blocks.Add(new ReportParagraph(RunNumbers));
        blocks.AddRange(model.Notes.Select(note => new ReportParagraph(note, IsNote: true)));
        if (model.Figures.Count > 0)
        {
            blocks.Add(new ReportHeading(2, "Charts"));
        }

        foreach (var figure in model.Figures)
        {
            blocks.Add(new ReportHeading(3, figure.Title));
            blocks.Add(new ReportFigureBlock(figure));
        }

        Table(blocks, model.Provenance);
        Table(blocks, model.Environments);
        return blocks;
    }

    private static void Table(List<ReportBlock> blocks, ReportTable table)
    {
        blocks.Add(new ReportHeading(2, table.Title));
        blocks.Add(new ReportTableBlock(table));
    }
}
