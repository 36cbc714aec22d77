using ComplaintsAnalytics.Reports.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace ComplaintsAnalytics.Reports.Rendering;

/// <summary>
/// A table as Word prints it: caption above, a header row that repeats on every page, figures
/// right-aligned, fixed column widths that add up to the text width (nothing runs off the page), and the
/// source view in the table's alternative text. Short tables are kept on one page.
/// </summary>
internal static class WordTables
{
    private const string HeaderFill = WordStyles.Accent;
    private const string TotalFill = "F3F2F1";
    private const string GroupFill = "DEE9F5";
    private const int KeepTogetherRows = 20;

    public static IEnumerable<OpenXmlElement> Render(TableBlock block)
    {
        yield return WordText.Paragraph(block.Caption, "Caption");
        yield return Table(block);
        foreach (var note in block.Notes)
        {
            yield return WordText.Paragraph(note, "Note");
        }
    }

    /// <summary>Whether a row is a group heading (a label and nothing else), printed across the whole table.</summary>
    public static bool IsGroupHeading(Document.TableRow row) => row.IsTotal && row.Cells.Skip(1).All(string.IsNullOrEmpty);

    private static Table Table(TableBlock block)
    {
        var total = block.Columns.Sum(c => c.Width);
        var widths = block.Columns.Select(c => (int)Math.Floor(WordStyles.TextWidthTwips * (double)c.Width / total)).ToArray();
        var table = new Table(
            new TableProperties(
                new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
                new TableBorders(
                    new TopBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new LeftBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new BottomBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new RightBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" },
                    new InsideVerticalBorder { Val = BorderValues.Single, Size = 4, Color = "B1B4B6" }),
                new TableLayout { Type = TableLayoutValues.Fixed },
                new TableCellMarginDefault(
                    new TopMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                    new TableCellLeftMargin { Width = 80, Type = TableWidthValues.Dxa },
                    new BottomMargin { Width = "30", Type = TableWidthUnitValues.Dxa },
                    new TableCellRightMargin { Width = 80, Type = TableWidthValues.Dxa }),
                new TableLook { Val = "04A0", FirstRow = true, FirstColumn = true, NoVerticalBand = true },
                new TableCaption { Val = block.Caption },
                new TableDescription { Val = $"Figures from the warehouse view {block.SourceView}." }),
            new TableGrid(widths.Select(w => new GridColumn { Width = w.ToString(System.Globalization.CultureInfo.InvariantCulture) })));

        var keepTogether = block.Rows.Count <= KeepTogetherRows;
        table.Append(Row(block.Columns.Select(c => c.Header).ToList(), block, widths, header: true, keepNext: true, fill: HeaderFill));
        for (var i = 0; i < block.Rows.Count; i++)
        {
            var row = block.Rows[i];
            var keepNext = keepTogether && i < block.Rows.Count - 1;
            table.Append(IsGroupHeading(row)
                ? GroupRow(row.Cells[0], widths)
                : Row(row.Cells, block, widths, header: false, keepNext, row.IsTotal ? TotalFill : null, bold: row.IsTotal));
        }

        return table;
    }

    private static TableRow Row(
        IReadOnlyList<string> cells, TableBlock block, int[] widths, bool header, bool keepNext, string? fill, bool bold = false)
    {
        var properties = new TableRowProperties(new CantSplit());
        if (header)
        {
            properties.Append(new TableHeader());
        }

        var row = new TableRow(properties);
        for (var c = 0; c < cells.Count; c++)
        {
            var right = block.Columns[c].IsFigure;
            var paragraph = Cell(cells[c], right, header || bold, keepNext, header ? "FFFFFF" : null);
            row.Append(new TableCell(CellProperties(widths[c], fill, span: 1), paragraph));
        }

        return row;
    }

    // A group heading is always kept with the first row of its group, whatever the table's length.
    private static TableRow GroupRow(string label, int[] widths) =>
        new(
            new TableRowProperties(new CantSplit()),
            new TableCell(CellProperties(widths.Sum(), GroupFill, widths.Length), Cell(label, right: false, bold: true, keepNext: true, colour: null)));

    private static TableCellProperties CellProperties(int width, string? fill, int span)
    {
        var properties = new TableCellProperties(new TableCellWidth { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa });
        if (span > 1)
        {
            properties.Append(new GridSpan { Val = span });
        }

        if (fill is not null)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Color = "auto", Fill = fill });
        }

        return properties;
    }

    private static Paragraph Cell(string text, bool right, bool bold, bool keepNext, string? colour)
    {
        var properties = new ParagraphProperties(new ParagraphStyleId { Val = "TableText" });
        if (keepNext)
        {
            properties.Append(new KeepNext());
        }

        if (right)
        {
            properties.Append(new Justification { Val = JustificationValues.Right });
        }

        var run = WordText.Run(text, bold);
        if (colour is not null)
        {
            // Header cells: white on the accent colour, a little smaller so that headings like "Responses" fit their columns.
            run.RunProperties ??= new RunProperties();
            run.RunProperties.Append(new Color { Val = colour }, new FontSize { Val = "18" });
        }

        return new Paragraph(properties, run);
    }
}
