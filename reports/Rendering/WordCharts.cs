using ComplaintsAnalytics.Reports.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using A = DocumentFormat.OpenXml.Drawing;
using DW = DocumentFormat.OpenXml.Drawing.Wordprocessing;
using PIC = DocumentFormat.OpenXml.Drawing.Pictures;

namespace ComplaintsAnalytics.Reports.Rendering;

/// <summary>A chart as an inline picture the width of the text, with its alt text (description) and caption below.</summary>
internal static class WordCharts
{
    private const long EmuPerCentimetre = 360_000;
    private const long MaxWidth = 165 * EmuPerCentimetre / 10;
    private const long MaxHeight = 200 * EmuPerCentimetre / 10;

    public static IEnumerable<OpenXmlElement> Render(MainDocumentPart main, ChartBlock chart, uint id)
    {
        var image = main.AddImagePart(ImagePartType.Png);
        using (var stream = new MemoryStream(chart.Png))
        {
            image.FeedData(stream);
        }

        var (cx, cy) = Size(chart);
        var name = $"{chart.Name}.png";
        var picture = new PIC.Picture(
            new PIC.NonVisualPictureProperties(
                new PIC.NonVisualDrawingProperties { Id = 0U, Name = name, Description = chart.AltText },
                new PIC.NonVisualPictureDrawingProperties()),
            new PIC.BlipFill(new A.Blip { Embed = main.GetIdOfPart(image) }, new A.Stretch(new A.FillRectangle())),
            new PIC.ShapeProperties(
                new A.Transform2D(new A.Offset { X = 0L, Y = 0L }, new A.Extents { Cx = cx, Cy = cy }),
                new A.PresetGeometry(new A.AdjustValueList()) { Preset = A.ShapeTypeValues.Rectangle }));
        var inline = new DW.Inline(
            new DW.Extent { Cx = cx, Cy = cy },
            new DW.EffectExtent { LeftEdge = 0L, TopEdge = 0L, RightEdge = 0L, BottomEdge = 0L },
            new DW.DocProperties { Id = id, Name = chart.Name, Description = chart.AltText, Title = chart.Caption },
            new DW.NonVisualGraphicFrameDrawingProperties(new A.GraphicFrameLocks { NoChangeAspect = true }),
            new A.Graphic(new A.GraphicData(picture) { Uri = "http://schemas.openxmlformats.org/drawingml/2006/picture" }))
        {
            DistanceFromTop = 0U,
            DistanceFromBottom = 0U,
            DistanceFromLeft = 0U,
            DistanceFromRight = 0U,
        };
        yield return new Paragraph(
            new ParagraphProperties(new KeepNext(), new Justification { Val = JustificationValues.Center }),
            new Run(new Drawing(inline)));
        yield return WordText.Paragraph(chart.Caption, "ChartCaption");
    }

    // The width of the text, unless that would make a tall chart run past a page.
    private static (long Cx, long Cy) Size(ChartBlock chart)
    {
        var cx = MaxWidth;
        var cy = cx * chart.PixelHeight / chart.PixelWidth;
        if (cy > MaxHeight)
        {
            cx = cx * MaxHeight / cy;
            cy = MaxHeight;
        }

        return (cx, cy);
    }
}
