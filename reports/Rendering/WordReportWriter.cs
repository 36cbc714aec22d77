using ComplaintsAnalytics.Reports.Document;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace ComplaintsAnalytics.Reports.Rendering;

/// <summary>
/// Writes the report as a Word document a complaints manager can edit: title page, contents (a TOC field
/// Word refreshes on opening; LibreOffice fills in its page numbers), a numbered heading per section, and
/// A4 pages numbered in the footer.
/// </summary>
public static class WordReportWriter
{
    public static void Write(ReportDocument report, Stream output)
    {
        ArgumentNullException.ThrowIfNull(report);
        using var package = WordprocessingDocument.Create(output, WordprocessingDocumentType.Document);
        package.PackageProperties.Title = report.Title;
        package.PackageProperties.Subject = $"{report.AuthorityName}, {report.Period}";
        package.PackageProperties.Creator = "ComplaintsAnalytics";
        var main = package.AddMainDocumentPart();
        WordStyles.AddTo(main);

        var body = new Body();
        body.Append(TitlePage(report));
        body.Append(Contents(report));
        uint bookmark = 1;
        uint picture = 1;
        foreach (var section in report.Sections)
        {
            body.Append(new Paragraph(
                new ParagraphProperties(new ParagraphStyleId { Val = "Heading1" }),
                new BookmarkStart { Name = section.Anchor, Id = bookmark.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                WordText.Run(section.Heading),
                new BookmarkEnd { Id = bookmark.ToString(System.Globalization.CultureInfo.InvariantCulture) }));
            bookmark++;
            foreach (var block in section.Blocks)
            {
                body.Append(block switch
                {
                    ParagraphBlock p => [WordText.Paragraph(p.Text, p.IsSubheading ? "Heading2" : p.IsNote ? "Note" : null)],
                    BulletsBlock b => b.Items.Select(i => WordText.Paragraph(i, "ListBullet")),
                    TableBlock t => WordTables.Render(t),
                    ChartBlock c => WordCharts.Render(main, c, picture++),
                    _ => throw new NotSupportedException($"No Word rendering for {block.GetType().Name}."),
                });
            }
        }

        body.Append(PageSetup(main, report));
        main.Document = new DocumentFormat.OpenXml.Wordprocessing.Document(body);
        main.Document.Save();
    }

    private static IEnumerable<OpenXmlElement> TitlePage(ReportDocument report)
    {
        if (report.DraftNotice is { } draft)
        {
            yield return WordText.Paragraph(draft, "Draft");
        }

        yield return WordText.Paragraph(report.Title, "Title");
        yield return WordText.Paragraph(report.TitlePageLines[0], "Subtitle");
        foreach (var line in report.TitlePageLines.Skip(1))
        {
            yield return WordText.Paragraph(line);
        }

        yield return WordText.PageBreak();
    }

    private static IEnumerable<OpenXmlElement> Contents(ReportDocument report)
    {
        yield return WordText.Paragraph("Contents", "ContentsHeading");
        foreach (var section in report.Sections)
        {
            var paragraph = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "TOC1" }));
            var link = new Hyperlink { Anchor = section.Anchor, History = true };
            link.Append(new Run(new Text(section.Heading)));
            link.Append(new Run(new TabChar()));
            link.Append(WordText.Field($@"PAGEREF {section.Anchor} \h", string.Empty));
            paragraph.Append(link);
            yield return paragraph;
        }

        yield return WordText.PageBreak();
    }

    private static SectionProperties PageSetup(MainDocumentPart main, ReportDocument report)
    {
        var properties = new SectionProperties();
        if (report.DraftNotice is { } draft)
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(WordText.Paragraph(draft, "Draft"));
            properties.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
        }

        var footer = main.AddNewPart<FooterPart>();
        var line = new Paragraph(new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Right }));
        line.Append(WordText.Run($"{report.AuthorityName}: complaints annual report {report.Period}. Page "));
        line.Append(WordText.Field("PAGE", "1"));
        line.Append(WordText.Run(" of "));
        line.Append(WordText.Field("NUMPAGES", "1"));
        footer.Footer = new Footer(line);
        properties.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
        properties.Append(
            new PageSize { Width = 11906U, Height = 16838U },
            new PageMargin { Top = 1134, Right = 1134U, Bottom = 1134, Left = 1134U, Header = 567U, Footer = 567U, Gutter = 0U },
            new TitlePage());
        return properties;
    }
}
