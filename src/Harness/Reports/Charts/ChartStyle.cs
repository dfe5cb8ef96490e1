using ScottPlot;

namespace Llama2Validation.Harness.Reports.Charts;

/// <summary>
/// One look for every chart: size, a sans-serif font that exists on the machine, font sizes legible
/// when the HTML shrinks the image to a laptop's width, and one colour per series.
/// </summary>
internal static class ChartStyle
{
    public const int Width = 1100;

    public const int Height = 600;

    /// <summary>Sans-serif families in order of preference; DejaVu Sans ships with Debian's fonts-dejavu-core.</summary>
    private static readonly string[] PreferredFamilies = ["DejaVu Sans", "Liberation Sans", "Noto Sans", "Arial", "Helvetica"];

    private static readonly Lazy<string> Family = new(ChooseFamily);

    private static readonly Color[] Palette = new ScottPlot.Palettes.Category10().Colors;

    public static string FontFamily => Family.Value;

    public static Color SeriesColor(int index) => Palette[index % Palette.Length];

    public static Plot CreatePlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontFamily);
        plot.Title(title, size: 22);
        plot.XLabel(xLabel, size: 17);
        plot.YLabel(yLabel, size: 17);
        plot.Axes.Bottom.TickLabelStyle.FontSize = 15;
        plot.Axes.Left.TickLabelStyle.FontSize = 15;
        plot.Legend.FontSize = 15;
        return plot;
    }

    /// <summary>Legends sit right of the data area, outside it, so they never cover a bar or a point.</summary>
    public static void LegendOutside(Plot plot)
    {
        plot.ShowLegend(Edge.Right);
        plot.Legend.FontName = FontFamily;
    }

    public static byte[] Png(Plot plot, int width = Width, int height = Height) =>
        plot.GetImageBytes(width, height, ImageFormat.Png);

    private static string ChooseFamily()
    {
        foreach (var family in PreferredFamilies)
        {
            if (string.Equals(Fonts.GetTypeface(family, bold: false, italic: false).FamilyName, family, StringComparison.OrdinalIgnoreCase))
            {
                return family;
            }
        }

        // ScottPlot's own pick is a font the machine has; serif is better than boxes for missing glyphs.
        return Fonts.Default;
    }
}
