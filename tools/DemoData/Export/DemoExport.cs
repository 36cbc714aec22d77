using ComplaintsAnalytics.DemoData.Generation;
using ComplaintsAnalytics.Etl.Spreadsheets;

namespace ComplaintsAnalytics.DemoData.Export;

/// <summary>Generates Northbrook's export end to end from one seed and writes it as an xlsx workbook.</summary>
internal static class DemoExport
{
    public const int Seed = 2024;
    public const string SheetName = "Cases";
    public const string FileName = "northbrook-complaints-export.xlsx";

    /// <summary>Writes <c>inbox/northbrook-complaints-export.xlsx</c> under <paramref name="outputFolder"/>; returns the rows written.</summary>
    public static IReadOnlyList<ExportRow> Write(string outputFolder)
    {
        var random = new Random(Seed);
        var cases = new CaseGenerator(random).Generate();
        var formatter = new ExportFormatter(random);
        var clean = cases.Select(c => new ExportRow(c, formatter.Format(c))).ToList();
        var rows = new DefectPlanter(random).Plant(clean);

        var inbox = Path.Combine(outputFolder, "inbox");
        Directory.CreateDirectory(inbox);
        using var writer = XlsxTableWriter.Create(Path.Combine(inbox, FileName), SheetName, neutraliseFormulas: false);
        writer.WriteHeader(ExportColumns.Headers, ExportColumns.Widths);
        foreach (var row in rows)
        {
            writer.WriteRow(row.Cells);
        }

        return rows;
    }
}
