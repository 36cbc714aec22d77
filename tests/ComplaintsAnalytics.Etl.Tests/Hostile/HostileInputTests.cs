using System.IO.Compression;
using System.Text;
using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;

namespace ComplaintsAnalytics.Etl.Tests.Hostile;

/// <summary>Broken, malicious and odd inputs: each is refused whole or rejected with a reason; none crashes or loads a wrong row.</summary>
public sealed class HostileInputTests : IDisposable
{
    private const string Header = "case_reference,record_type,procedure,stage,received_date,extended_due_date,responded_date,service_area,team,complainant_type,advocate,receipt_method,category,summary,outcome,escalated,compensation,la_code";
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void A_zero_byte_workbook_is_refused_whole()
    {
        var path = Write("empty.xlsx", string.Empty);

        var refused = Assert.Throws<FileRefusedException>(() => _warehouse.ImportFile(path));

        Assert.StartsWith("empty.xlsx: the file cannot be read as xlsx (", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_with_a_header_and_no_rows_loads_nothing_and_succeeds()
    {
        var result = _warehouse.ImportFile(Write("header-only.csv", Header + "\n"));

        Assert.Equal((ImportStatus.Succeeded, 0L, 0L, 0L), (result.Status, result.Read, result.Loaded, result.Rejected));
    }

    [Fact]
    public void A_sheet_declaring_16384_columns_loads_its_real_columns_only()
    {
        var path = Path.Combine(_warehouse.Folder, "wide.xlsx");
        using (var writer = XlsxTableWriter.Create(path, "Cases"))
        {
            writer.WriteHeader(CanonicalColumn.Required);
            var cells = new object?[16_384];
            object?[] values = ["W-1", "complaint", "statutory", 1d, new DateTime(2023, 11, 6), null, new DateTime(2023, 11, 10), "social_care", "MASH", "parent", "no", "email", "Access", "Summary", "upheld", "no", null, "999"];
            values.CopyTo(cells, 0);
            cells[^1] = "stray value in column XFD";
            writer.WriteRow(cells);
        }

        var result = _warehouse.ImportFile(path);

        Assert.Equal((1L, 1L, 0L), (result.Read, result.Loaded, result.Rejected));
    }

    [Fact]
    public void A_zip_bomb_disguised_as_a_workbook_is_refused_before_it_is_inflated()
    {
        var path = Path.Combine(_warehouse.Folder, "bomb.xlsx");
        using (var zip = new ZipArchive(File.Create(path), ZipArchiveMode.Create))
        {
            using var sheet = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.Fastest).Open();
            var spaces = new byte[1 << 20];
            Array.Fill(spaces, (byte)' ');
            for (var i = 0; i < 200; i++)
            {
                sheet.Write(spaces);
            }
        }

        var refused = Assert.Throws<FileRefusedException>(() => _warehouse.ImportFile(path));

        Assert.StartsWith("bomb.xlsx: the part 'xl/worksheets/sheet1.xml' would expand to 200 MB from ", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _warehouse.Count("dw.fact_complaint_stage"));
    }

    [Fact]
    public void A_password_protected_workbook_is_refused_with_what_to_do()
    {
        var refused = Assert.Throws<FileRefusedException>(() => _warehouse.ImportFile(Fixture.Path("hostile", "password-protected.xls")));

        Assert.Equal("password-protected.xls: the workbook is password-protected. Save a copy without a password (File > Info > Protect Workbook) and load that.", refused.Message);
    }

    [Theory]
    [InlineData("windows-1252.csv")]
    [InlineData("utf8-bom.csv")]
    public void Pound_signs_and_smart_quotes_survive_both_windows_1252_and_utf8_with_a_bom(string file)
    {
        var result = _warehouse.ImportFile(Fixture.Path("hostile", file));

        Assert.Equal((2L, 2L), (result.Read, result.Loaded));
        Assert.Equal("“Nobody rang me back” – Mum’s words", _warehouse.Scalar<string>("SELECT summary_redacted FROM dw.fact_complaint_stage WHERE case_reference = 'H-001'"));
        Assert.Equal([250.00m, 1250.00m], _warehouse.Connection.Query<decimal>("SELECT compensation FROM dw.fact_complaint_stage WHERE compensation IS NOT NULL ORDER BY 1").ToList());
    }

    [Fact]
    public void Dates_as_excel_serials_iso_text_and_british_text_agree_and_a_us_order_date_is_rejected()
    {
        var profile = Profile("""{ "dateFormats": ["dd/MM/yyyy"] }""");
        var path = Write("dates.csv", Header + "\n" + string.Join("\n",
            Row("D-1", received: "45236"),
            Row("D-2", received: "2023-11-06"),
            Row("D-3", received: "06/11/2023"),
            Row("D-4", received: "11/25/2023")) + "\n");

        var result = _warehouse.ImportFile(path, profile);

        Assert.Equal((4L, 3L, 1L), (result.Read, result.Loaded, result.Rejected));
        Assert.Equal([new DateOnly(2023, 11, 6)], _warehouse.Connection.Query<DateOnly>("SELECT DISTINCT received_date FROM dw.fact_complaint_stage").ToList());
        Assert.Equal(("received_date", "11/25/2023"), _warehouse.Connection.QuerySingle<(string, string)>("SELECT column_name, value FROM etl.reject"));
    }

    [Fact]
    public void A_40000_character_summary_loads_cut_to_32000_characters_and_says_so()
    {
        var longText = string.Concat(Enumerable.Repeat("The family waited and waited. ", 1_334))[..40_000];
        var result = _warehouse.ImportFile(Write("long.csv", Header + "\n" + Row("L-1", summary: longText) + "\n"));

        var stored = _warehouse.Scalar<string>("SELECT summary_redacted FROM dw.fact_complaint_stage");
        Assert.Equal(1, result.Loaded);
        Assert.Equal(32_000 + " [truncated at 32,000 characters]".Length, stored.Length);
        Assert.EndsWith(" [truncated at 32,000 characters]", stored, StringComparison.Ordinal);
    }

    [Fact]
    public void Formulas_are_stored_as_plain_text_and_a_formula_as_case_reference_is_rejected()
    {
        var path = Write("formulas.csv", Header + "\n" + string.Join("\n",
            Row("F-1", summary: "\"=HYPERLINK(\"\"http://example.com/x\"\",\"\"click\"\")\""),
            Row("\"=cmd|' /C calc'!A0\"")) + "\n");

        var result = _warehouse.ImportFile(path);

        Assert.Equal((2L, 1L, 1L), (result.Read, result.Loaded, result.Rejected));
        Assert.Equal("=HYPERLINK(\"http://example.com/x\",\"click\")", _warehouse.Scalar<string>("SELECT summary_redacted FROM dw.fact_complaint_stage"));
        Assert.Equal(("case_reference", "=cmd|' /C calc'!A0"), _warehouse.Connection.QuerySingle<(string, string)>("SELECT column_name, value FROM etl.reject"));
    }

    [Fact]
    public void Sql_looking_text_in_a_summary_is_only_text()
    {
        const string Injection = "Robert'); DROP TABLE dw.fact_complaint_stage; --";
        _warehouse.ImportFile(Write("sql.csv", Header + "\n" + Row("S-1", summary: "\"" + Injection + "\"") + "\n"));

        Assert.Equal(1, _warehouse.Count("dw.fact_complaint_stage"));
        Assert.Contains("DROP TABLE dw.fact_complaint_stage; --", _warehouse.Scalar<string>("SELECT summary_redacted FROM dw.fact_complaint_stage"), StringComparison.Ordinal);
    }

    [Fact]
    public void Text_written_to_a_workbook_that_excel_would_run_as_a_formula_gets_an_apostrophe()
    {
        var path = Path.Combine(_warehouse.Folder, "export.xlsx");
        using (var writer = XlsxTableWriter.Create(path, "Export"))
        {
            writer.WriteHeader(["text"]);
            foreach (var text in new[] { "=1+1", "+44 7700 900123", "-2", "@SUM(A1)", "\tTab", "plain" })
            {
                writer.WriteRow([text]);
            }
        }

        using var reader = TabularReaderFactory.Open(path);
        var cells = new List<object?>();
        while (reader.Read())
        {
            cells.Add(reader.GetValue(0));
        }

        Assert.Equal(["'=1+1", "'+44 7700 900123", "'-2", "'@SUM(A1)", "'\tTab", "plain"], cells);
    }

    public void Dispose() => _warehouse.Dispose();

    private static string Row(string reference, string received = "2023-11-06", string summary = "Summary") =>
        $"{reference},complaint,statutory,1,{received},,,social_care,MASH,parent,no,email,Access,{summary},,,,999";

    private string Write(string name, string content)
    {
        var path = Path.Combine(_warehouse.Folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private MappingProfile Profile(string json)
    {
        var path = Path.Combine(_warehouse.Folder, "profile.json");
        File.WriteAllText(path, json);
        return MappingProfile.Load(path);
    }
}
