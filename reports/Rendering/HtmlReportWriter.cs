using System.Net;
using System.Text;
using ComplaintsAnalytics.Reports.Document;

namespace ComplaintsAnalytics.Reports.Rendering;

/// <summary>
/// Writes the report as one self-contained HTML page with the same content as the Word document: charts
/// embedded as images with their alt text, tables with captions, header cells and the source view in a
/// data attribute, styled to print on A4.
/// </summary>
public static class HtmlReportWriter
{
    public static void Write(ReportDocument report, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(E(report.Title)).Append("</title>\n<style>\n").Append(HtmlStyles.Css).Append("</style>\n</head>\n<body>\n");
        if (report.DraftNotice is { } draft)
        {
            html.Append("<p class=\"draft\">").Append(E(draft)).Append("</p>\n");
        }

        html.Append("<header class=\"title-page\">\n<h1>").Append(E(report.Title)).Append("</h1>\n")
            .Append("<p class=\"subtitle\">").Append(E(report.TitlePageLines[0])).Append("</p>\n");
        foreach (var line in report.TitlePageLines.Skip(1))
        {
            html.Append("<p>").Append(E(line)).Append("</p>\n");
        }

        html.Append("</header>\n<nav class=\"contents\" aria-labelledby=\"contents\">\n<h2 id=\"contents\">Contents</h2>\n<ol>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<li><a href=\"#").Append(section.Anchor).Append("\">").Append(E(section.Heading)).Append("</a></li>\n");
        }

        html.Append("</ol>\n</nav>\n<main>\n");
        foreach (var section in report.Sections)
        {
            html.Append("<section>\n<h2 id=\"").Append(section.Anchor).Append("\">").Append(E(section.Heading)).Append("</h2>\n");
            foreach (var block in section.Blocks)
            {
                Block(html, block);
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        output.Write(html.ToString());
    }

    private static void Block(StringBuilder html, ReportBlock block)
    {
        switch (block)
        {
            case ParagraphBlock p when p.IsSubheading:
                html.Append("<h3>").Append(E(p.Text)).Append("</h3>\n");
                break;
            case ParagraphBlock p:
                html.Append(p.IsNote ? "<p class=\"note\">" : "<p>").Append(E(p.Text)).Append("</p>\n");
                break;
            case BulletsBlock b:
                html.Append("<ul>\n");
                foreach (var item in b.Items)
                {
                    html.Append("<li>").Append(E(item)).Append("</li>\n");
                }

                html.Append("</ul>\n");
                break;
            case TableBlock t:
                Table(html, t);
                break;
            case ChartBlock c:
                html.Append("<figure>\n<img src=\"data:image/png;base64,").Append(Convert.ToBase64String(c.Png))
                    .Append("\" width=\"").Append(c.PixelWidth / 2).Append("\" height=\"").Append(c.PixelHeight / 2)
                    .Append("\" alt=\"").Append(E(c.AltText)).Append("\">\n<figcaption>").Append(E(c.Caption)).Append("</figcaption>\n</figure>\n");
                break;
            default:
                throw new NotSupportedException($"No HTML rendering for {block.GetType().Name}.");
        }
    }

    private static void Table(StringBuilder html, TableBlock table)
    {
        var total = table.Columns.Sum(c => c.Width);
        html.Append("<table data-source=\"").Append(E(table.SourceView)).Append("\">\n<caption>").Append(E(table.Caption)).Append("</caption>\n<colgroup>");
        foreach (var column in table.Columns)
        {
            html.Append("<col style=\"width:").Append((100.0 * column.Width / total).ToString("0.#", System.Globalization.CultureInfo.InvariantCulture)).Append("%\">");
        }

        html.Append("</colgroup>\n<thead>\n<tr>");
        foreach (var column in table.Columns)
        {
            html.Append("<th scope=\"col\"").Append(column.IsFigure ? " class=\"figure\"" : string.Empty).Append('>').Append(E(column.Header)).Append("</th>");
        }

        html.Append("</tr>\n</thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            if (WordTables.IsGroupHeading(row))
            {
                html.Append("<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"").Append(table.Columns.Count).Append("\">")
                    .Append(E(row.Cells[0])).Append("</th></tr>\n");
                continue;
            }

            html.Append(row.IsTotal ? "<tr class=\"total\">" : "<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var tag = c == 0 ? "th scope=\"row\"" : "td";
                html.Append('<').Append(tag).Append(table.Columns[c].IsFigure ? " class=\"figure\"" : string.Empty).Append('>')
                    .Append(E(row.Cells[c])).Append("</").Append(c == 0 ? "th" : "td").Append('>');
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
        foreach (var note in table.Notes)
        {
            html.Append("<p class=\"note\">").Append(E(note)).Append("</p>\n");
        }
    }

    // Recorded learning keeps the officer's line breaks (one action a line).
    private static string E(string text) => WebUtility.HtmlEncode(text).ReplaceLineEndings("<br>");
}
