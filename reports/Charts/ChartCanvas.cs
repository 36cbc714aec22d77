using ComplaintsAnalytics.Reports.Document;
using ScottPlot;
using SkiaSharp;

namespace ComplaintsAnalytics.Reports.Charts;

/// <summary>
/// A plot set up the same way for every chart (font, sizes, grid), drawn at twice the logical size so
/// that it stays sharp when Word scales it to the page width.
/// </summary>
internal static class ChartCanvas
{
    public const int Width = 900;
    public const int Height = 500;
    private const double Scale = 2;
    private static readonly string[] PreferredFonts = ["Arial", "Liberation Sans", "DejaVu Sans"];
    private static readonly string FontName = ChooseFont();

    // No title inside the image: the caption under it (and in the alt text) says what it shows, and a
    // title centred over the data area would be cut off on the left of a long one.
    public static Plot Create()
    {
        var plot = new Plot { ScaleFactor = Scale };
        plot.Font.Set(FontName);
        foreach (var axis in new IAxis[] { plot.Axes.Left, plot.Axes.Bottom })
        {
            axis.TickLabelStyle.FontSize = 13;
            axis.TickLabelStyle.ForeColor = ChartPalette.Text;
            axis.Label.FontSize = 14;
            axis.Label.ForeColor = ChartPalette.Text;
        }

        plot.Grid.MajorLineColor = ChartPalette.Grid;
        plot.Legend.FontSize = 13;
        plot.Legend.FontName = FontName;
        return plot;
    }

    public static ChartBlock Render(Plot plot, string name, string altText, string caption, int height = Height)
    {
        var png = plot.GetImageBytes(Width, height, ImageFormat.Png);
        return new ChartBlock(name, png, (int)(Width * Scale), (int)(height * Scale), altText, caption);
    }

    /// <summary>Arial where it is installed (Windows), its metric twin Liberation Sans, or DejaVu Sans.</summary>
    private static string ChooseFont()
    {
        var installed = SKFontManager.Default.GetFontFamilies().ToHashSet(StringComparer.OrdinalIgnoreCase);
        return PreferredFonts.FirstOrDefault(installed.Contains) ?? Fonts.Default;
    }
}
