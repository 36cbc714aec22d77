using System.IO.Compression;
using System.Text;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.Etl.Tests.Spreadsheets;

/// <summary>
/// The single-pass xlsx reader against ExcelDataReader, which it replaced for xlsx: the same headers, row numbers and
/// values, cell by cell, on real and hand-built workbooks.
/// </summary>
public sealed class XlsxSheetReaderTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("xlsx-reader-").FullName;

    public static TheoryData<string> RepositoryWorkbooks() =>
    [
        "reference-data/dfe/la_code_list.xlsx",
        "demo/inbox/northbrook-complaints-export.xlsx",
        "tests/fixtures/benchmark/lgsco/lgsco-annual-review-invented.xlsx",
    ];

    [Theory]
    [MemberData(nameof(RepositoryWorkbooks))]
    public void A_real_workbook_reads_cell_for_cell_as_exceldatareader_reads_it(string relativePath)
    {
        var path = Path.Combine(RepositoryRoot(), relativePath);

        var rows = AssertSameAsExcelDataReader(path, null, 1);

        Assert.True(rows > 5, $"{relativePath}: only {rows} rows read");
    }

    [Fact]
    public void Shared_rich_and_inline_strings_dates_formulas_errors_and_gaps_read_as_exceldatareader_reads_them()
    {
        var path = HandBuiltWorkbook();

        Assert.Equal(3, AssertSameAsExcelDataReader(path, null, 1));
        Assert.Equal(1, AssertSameAsExcelDataReader(path, "second", 2));

        using var reader = XlsxSheetReader.Open(path, null, 1);
        Assert.Equal(["Reference", "Received", "Amount", "Flag", "Note", "Custom date"], reader.Headers);
        Assert.True(reader.Read());
        Assert.Equal((2L, "CB-1", new DateTime(2024, 1, 15), 12.5, true, "line one\rline two", new DateTime(2024, 3, 1)),
            (reader.RowNumber, reader.GetValue(0), reader.GetValue(1), reader.GetValue(2), reader.GetValue(3), reader.GetValue(4), reader.GetValue(5)));
        Assert.True(reader.Read());
        Assert.Equal((3L, "Rich text", (object?)null, "cached formula text"), (reader.RowNumber, reader.GetValue(0), reader.GetValue(2), reader.GetValue(4)));
        Assert.True(reader.Read());
        Assert.Equal((6L, "after a gap and a blank row", 45000.0), (reader.RowNumber, reader.GetValue(0), reader.GetValue(2)));
    }

    [Fact]
    public void A_missing_sheet_is_refused_naming_the_sheets_there_are()
    {
        var path = HandBuiltWorkbook();

        var refused = Assert.Throws<FileRefusedException>(() => TabularReaderFactory.Open(path, "Cases"));

        Assert.Equal("hand-built.xlsx: there is no worksheet called 'Cases'. The workbook has: 'first', 'second'.", refused.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Reads <paramref name="path"/> with both readers and asserts they agree; returns the rows read.</summary>
    private static int AssertSameAsExcelDataReader(string path, string? sheet, int headerRow)
    {
        using var expected = ExcelTabularReader.Open(path, sheet, headerRow);
        using var actual = XlsxSheetReader.Open(path, sheet, headerRow);
        Assert.Equal(expected.Headers, actual.Headers);
        var rows = 0;
        while (expected.Read())
        {
            Assert.True(actual.Read(), $"row {expected.RowNumber} is missing");
            Assert.Equal(expected.RowNumber, actual.RowNumber);
            for (var i = 0; i < expected.Headers.Count + 2; i++)
            {
                Assert.True(Equals(expected.GetValue(i), actual.GetValue(i)), $"row {expected.RowNumber}, column {i}: '{expected.GetValue(i)}' ({expected.GetValue(i)?.GetType().Name}) but '{actual.GetValue(i)}' ({actual.GetValue(i)?.GetType().Name})");
            }

            rows++;
        }

        Assert.False(actual.Read());
        return rows;
    }

    private static string RepositoryRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "ComplaintsAnalytics.sln")))
        {
            folder = folder.Parent;
        }

        return folder?.FullName ?? throw new DirectoryNotFoundException("the repository folder was not found above the test assembly");
    }

    /// <summary>
    /// A workbook as Excel writes one, by hand: shared strings (one in rich-text runs with a phonetic run), a built-in and a
    /// custom date format, a formula with its cached value, an error, a boolean, an escaped carriage return, cells without
    /// references, a row left out and a blank row; and a second sheet whose header is on row 2.
    /// </summary>
    private string HandBuiltWorkbook()
    {
        const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
        const string Rels = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
        var path = Path.Combine(_folder, "hand-built.xlsx");
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        void Part(string name, string xml)
        {
            using var stream = zip.CreateEntry(name).Open();
            stream.Write(Encoding.UTF8.GetBytes(xml));
        }

        Part("[Content_Types].xml", """<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/worksheets/sheet2.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>""");
        Part("_rels/.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Rels}/officeDocument" Target="xl/workbook.xml"/></Relationships>""");
        Part("xl/workbook.xml", $"""<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{Main}" xmlns:r="{Rels}"><workbookPr/><sheets><sheet name="first" sheetId="1" r:id="rId1"/><sheet name="second" sheetId="2" r:id="rId2"/></sheets></workbook>""");
        Part("xl/_rels/workbook.xml.rels", $"""<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="{Rels}/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="{Rels}/worksheet" Target="/xl/worksheets/sheet2.xml"/><Relationship Id="rId3" Type="{Rels}/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId4" Type="{Rels}/styles" Target="styles.xml"/></Relationships>""");
        Part("xl/styles.xml", $"""<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="{Main}"><numFmts count="1"><numFmt numFmtId="164" formatCode="dd/mm/yyyy;@"/></numFmts><fonts count="1"><font/></fonts><fills count="1"><fill/></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf numFmtId="0"/></cellStyleXfs><cellXfs count="4"><xf numFmtId="0" xfId="0"/><xf numFmtId="14" xfId="0" applyNumberFormat="1"/><xf numFmtId="164" xfId="0" applyNumberFormat="1"><alignment wrapText="1"/></xf><xf numFmtId="4" xfId="0" applyNumberFormat="1"/></cellXfs></styleSheet>""");
        Part("xl/sharedStrings.xml", $"""<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{Main}" count="8" uniqueCount="8"><si><t>Reference</t></si><si><t>Received</t></si><si><t>Amount</t></si><si><t>Flag</t></si><si><t xml:space="preserve">Note </t></si><si><t>Custom date</t></si><si><r><rPr><b/></rPr><t>Rich</t></r><r><t xml:space="preserve"> text</t></r><rPh sb="0" eb="1"><t>ignored</t></rPh></si><si><t>CB-1</t></si></sst>""");
        Part("xl/worksheets/sheet1.xml", $"""
            <?xml version="1.0" encoding="UTF-8"?>
            <worksheet xmlns="{Main}" xmlns:r="{Rels}"><dimension ref="A1:F6"/><sheetViews><sheetView workbookViewId="0"/></sheetViews><sheetData>
            <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c><c r="E1" t="s"><v>4</v></c><c r="F1" t="s"><v>5</v></c></row>
            <row r="2" spans="1:6"><c r="A2" t="s"><v>7</v></c><c r="B2" s="1"><v>45306</v></c><c r="C2" s="3"><v>12.5</v></c><c r="D2" t="b"><v>1</v></c><c r="E2" t="inlineStr"><is><t>line one_x000D_line two</t></is></c><c r="F2" s="2"><v>45352</v></c></row>
            <row r="3"><c t="s"><v>6</v></c><c/><c t="e"><f>NA()</f><v>#N/A</v></c><c/><c t="str"><f>"cached "&amp;"formula text"</f><v>cached formula text</v></c></row>
            <row r="5"><c r="A5" t="inlineStr"><is><t xml:space="preserve">   </t></is></c></row>
            <row r="6"><c r="A6" t="inlineStr"><is><t>after a gap and a blank row</t></is></c><c r="C6"><v>45000</v></c></row>
            </sheetData><pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>
            """.Trim());
        Part("xl/worksheets/sheet2.xml", $"""<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{Main}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Title above the table</t></is></c></row><row r="2"><c r="A2" t="inlineStr"><is><t>Code</t></is></c><c r="B2" t="inlineStr"><is><t>Count</t></is></c></row><row r="3"><c r="A3" t="inlineStr"><is><t>E1</t></is></c><c r="B3"><v>7</v></c></row></sheetData></worksheet>""");
        return path;
    }
}
