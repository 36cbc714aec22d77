using System.Text;
using ComplaintsAnalytics.Reports.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace ComplaintsAnalytics.Reports.Tests;

/// <summary>The demo council's 2024/25 report: defaults, formats, charts, sentences and small-number protection.</summary>
[Collection(DemoReportGroup.Name)]
public sealed class DemoReportTests(DemoReport demo)
{
    [Fact]
    public void With_no_council_or_year_the_report_is_for_the_warehouse_council_and_its_latest_year()
    {
        Assert.Equal("999", demo.Word.LaCode);
        Assert.Equal("Northbrook Council (invented demo)", demo.Word.AuthorityName);
        Assert.Equal("2024/25", demo.Word.Period);
        Assert.Equal(["2022/23", "2023/24", "2024/25"], demo.Word.Years);
        Assert.Equal(15, demo.Word.Sections);
        Assert.Equal(5, demo.Word.Charts);
    }

    [LibreOfficeFact]
    public void LibreOffice_opens_the_Word_report_and_converts_it_to_pdf()
    {
        var pdf = LibreOffice.ConvertToPdf(demo.Word.OutputPath, demo.Warehouse.PathFor("pdf"));

        var bytes = File.ReadAllBytes(pdf);
        Assert.Equal("%PDF", Encoding.ASCII.GetString(bytes, 0, 4));

        // Title page, contents, thirteen tables' sections with five charts and the learning: well over ten pages.
        var pages = System.Text.RegularExpressions.Regex.Count(Encoding.Latin1.GetString(bytes), @"/Type\s*/Page(?!s)");
        Assert.True(pages > 10, $"{pages} pages");
    }

    [Fact]
    public void The_Word_report_is_valid_Office_Open_XML()
    {
        using var document = WordprocessingDocument.Open(demo.Word.OutputPath, false);
        // Office 2010 and later: table captions and descriptions (alt text) came in with Word 2010.
        var errors = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2010).Validate(document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Take(20)));
    }

    [Fact]
    public void Every_chart_is_embedded_with_alt_text_that_gives_its_figures()
    {
        Assert.Equal(5, demo.Document.ChartAltTexts.Count);
        Assert.All(demo.Document.ChartAltTexts, alt => Assert.True(alt.Length > 80, alt));
        Assert.Contains(demo.Document.ChartAltTexts, alt => alt.StartsWith("Horizontal bar chart of representations received by type, 2022/23 to 2024/25.", StringComparison.Ordinal)
            && alt.Contains("Compliments: 275 in 2022/23, 286 in 2023/24 and 296 in 2024/25", StringComparison.Ordinal));

        var html = HtmlDocumentReader.Read(demo.Html.OutputPath);
        Assert.Equal(demo.Document.ChartAltTexts, html.ChartAltTexts);
    }

    [Fact]
    public void The_HTML_page_has_the_same_sections_text_and_tables_as_the_Word_document()
    {
        var html = HtmlDocumentReader.Read(demo.Html.OutputPath);
        var word = demo.Document;

        Assert.Equal(word.Tables.Select(t => (t.Caption, t.SourceView)), html.Tables.Select(t => (t.Caption, t.SourceView)));
        for (var i = 0; i < word.Tables.Count; i++)
        {
            Assert.Equal(word.Tables[i].Header, html.Tables[i].Header);
            Assert.Equal(word.Tables[i].Rows.Select(r => string.Join(" | ", r.Where(c => c.Length > 0))), html.Tables[i].Rows.Select(r => string.Join(" | ", r)));
        }

        // The body text: Word's from the first section heading on, less the captions the HTML puts inside tables and figures.
        var captions = word.Tables.Select(t => t.Caption).ToHashSet(StringComparer.Ordinal);
        var body = word.Paragraphs.SkipWhile(p => p != "Summary")
            .Where(p => !captions.Contains(p) && !p.StartsWith("Chart ", StringComparison.Ordinal))
            .ToList();
        Assert.Equal(body, html.Paragraphs);
    }

    [Fact]
    public void Each_table_has_a_plain_English_reading_of_its_figures()
    {
        var text = demo.Document.AllText;

        Assert.Contains("Stage 1 statutory complaints rose from 130 to 136 (+5%).", text, StringComparison.Ordinal);
        Assert.Contains("Stage 1 corporate complaints rose from 324 to 339 (+5%).", text, StringComparison.Ordinal);
        Assert.Contains("Of the 136 statutory stage 1 complaints received in 2024/25, 13 (10%) were escalated to stage 2.", text, StringComparison.Ordinal);
        Assert.Contains("Of the 116 statutory stage 1 complaints received in 2024/25 and closed, 19% were upheld, 37% partially upheld, 40% not upheld and 4% withdrawn.", text, StringComparison.Ordinal);
        Assert.Contains("68% of statutory stage 1 complaints were answered within 10 working days or the extended deadline, down from 78% in 2023/24.", text, StringComparison.Ordinal);
        Assert.Contains("New social care complaints were 4.21% of the 4,795 referrals to children's social care in 2024/25 (4.19% in 2023/24).", text, StringComparison.Ordinal);
        Assert.Contains("Complaints and enquiries to the Ombudsman rose from 48 to 52 (+8%).", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Counts_from_1_to_4_in_the_tables_by_team_read_fewer_than_5_and_a_lone_one_cannot_be_worked_out_from_the_total()
    {
        foreach (var caption in new[] { "Table 3a:", "Table 7:", "Table 7a:", "Table 11:" })
        {
            var table = demo.Document.Table(caption);
            foreach (var cell in table.Rows.SelectMany(r => r.Skip(1)).Where(c => long.TryParse(c, out _)))
            {
                Assert.False(long.Parse(cell, System.Globalization.CultureInfo.InvariantCulture) is >= 1 and <= 4, $"{caption} prints {cell}");
            }
        }

        // Compliments by team, 2022/23: the Independent Reviewing Service had 3, so the next smallest team is withheld too.
        var compliments = demo.Document.Table("Table 11:");
        Assert.Equal(PrintedCell.FewerThanFive, compliments.Row("Independent Reviewing Service")[1]);
        var column = compliments.Rows.Select(r => r[1]).ToList();
        Assert.Single(column, PrintedCell.FewerThanFive);
        Assert.Single(column, PrintedCell.Withheld);
        Assert.Equal("-", compliments.Row("Independent Reviewing Service")[^2]);
        Assert.Contains(demo.Document.Paragraphs, p => p.StartsWith("\u201cfewer than 5\u201d: a number from 1 to 4", StringComparison.Ordinal));
    }

    [Fact]
    public void An_internal_draft_shows_small_numbers_and_says_on_every_page_it_must_not_be_published()
    {
        var path = demo.Warehouse.PathFor("draft.docx");
        demo.Warehouse.Generator(suppress: false).Generate(demo.Warehouse.Connection, new AnnualReportRequest("999", "2024/25", path));
        var draft = WordDocumentReader.Read(path);

        var compliments = draft.Table("Table 11:");
        Assert.DoesNotContain(compliments.Rows.SelectMany(r => r), c => c is PrintedCell.FewerThanFive or PrintedCell.Withheld);
        Assert.Equal("3", compliments.Row("Independent Reviewing Service")[1]);
        Assert.Equal("INTERNAL DRAFT: small numbers are not suppressed. Do not publish.", draft.Paragraphs[0]);
        using var document = WordprocessingDocument.Open(path, false);
        Assert.Contains("INTERNAL DRAFT", document.MainDocumentPart!.HeaderParts.Single().Header!.InnerText, StringComparison.Ordinal);
    }

    [Fact]
    public void A_second_council_or_a_year_not_held_is_refused_with_what_the_warehouse_holds()
    {
        var generator = demo.Warehouse.Generator();

        var year = Assert.Throws<Data.ReportScopeException>(() => generator.Generate(demo.Warehouse.Connection, new AnnualReportRequest("999", "2019/20", demo.Warehouse.PathFor("x.docx"))));
        Assert.Equal("--period 2019/20: the warehouse holds no case records for 999 in that year. It holds 2022/23, 2023/24, 2024/25.", year.Message);
        var council = Assert.Throws<Data.ReportScopeException>(() => generator.Generate(demo.Warehouse.Connection, new AnnualReportRequest("886", null, demo.Warehouse.PathFor("x.docx"))));
        Assert.Equal("--authority 886: the warehouse holds no case records for that council. It holds 999.", council.Message);
        var format = Assert.Throws<Data.ReportScopeException>(() => generator.Generate(demo.Warehouse.Connection, new AnnualReportRequest(null, null, demo.Warehouse.PathFor("x.pdf"))));
        Assert.StartsWith("--out", format.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(demo.Warehouse.PathFor("x.docx")));
    }
}
