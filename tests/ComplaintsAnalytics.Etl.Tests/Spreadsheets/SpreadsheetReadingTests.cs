using ComplaintsAnalytics.Etl.CaseSystem;
using ComplaintsAnalytics.Etl.Spreadsheets;
using Dapper;

namespace ComplaintsAnalytics.Etl.Tests.Spreadsheets;

public sealed class SpreadsheetReadingTests : IDisposable
{
    private readonly TemporaryWarehouse _warehouse = new();

    [Fact]
    public void Excel_date_cells_serial_numbers_and_iso_text_all_load_as_the_same_date()
    {
        var path = WriteWorkbook("dates.xlsx", "Cases",
            Row("D-1", new DateTime(2023, 11, 6)),
            Row("D-2", 45236d),
            Row("D-3", "2023-11-06"));

        var result = _warehouse.ImportFile(path);

        Assert.Equal((3L, 3L), (result.Read, result.Loaded));
        Assert.Equal([new DateOnly(2023, 11, 6)], _warehouse.Connection.Query<DateOnly>("SELECT DISTINCT received_date FROM dw.fact_complaint_stage").ToList());
    }

    [Fact]
    public void A_truncated_workbook_is_refused_whole_with_a_plain_message()
    {
        var path = WriteWorkbook("whole.xlsx", "Cases", Row("T-1", new DateTime(2023, 11, 6)));
        var truncated = Path.Combine(_warehouse.Folder, "truncated.xlsx");
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(truncated, bytes[..(bytes.Length / 2)]);

        var refused = Assert.Throws<FileRefusedException>(() => _warehouse.ImportFile(truncated));

        Assert.StartsWith("truncated.xlsx: the file cannot be read as xlsx (", refused.Message, StringComparison.Ordinal);
        Assert.EndsWith("Check it opens in Excel, is not password-protected, and was saved completely.", refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, _warehouse.Count("dw.fact_complaint_stage"));
    }

    [Fact]
    public void Asking_for_a_worksheet_the_workbook_lacks_names_the_sheets_it_has()
    {
        var path = WriteWorkbook("sheets.xlsx", "Case List", Row("S-1", new DateTime(2023, 11, 6)));

        var refused = Assert.Throws<FileRefusedException>(() => TabularReaderFactory.Open(path, "Cases"));

        Assert.Equal("sheets.xlsx: there is no worksheet called 'Cases'. The workbook has: 'Case List'.", refused.Message);
    }

    [Fact]
    public void An_empty_file_is_refused_as_having_no_header_row()
    {
        var path = Path.Combine(_warehouse.Folder, "empty.csv");
        File.WriteAllText(path, string.Empty);

        var refused = Assert.Throws<FileRefusedException>(() => _warehouse.ImportFile(path));

        Assert.Equal("empty.csv: the file is empty: no header row was found.", refused.Message);
    }

    private string WriteWorkbook(string name, string sheet, params object?[][] rows)
    {
        var path = Path.Combine(_warehouse.Folder, name);
        using var writer = XlsxTableWriter.Create(path, sheet);
        writer.WriteHeader(CanonicalColumn.Required);
        foreach (var row in rows)
        {
            writer.WriteRow(row);
        }

        return path;
    }

    private static object?[] Row(string reference, object received) =>
        [reference, "complaint", "statutory", 1d, received, null, null, "social_care", "MASH", "parent", "no", "email", "Access", "Summary", null, null, null, "999"];

    public void Dispose() => _warehouse.Dispose();
}
