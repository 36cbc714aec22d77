namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>
/// The demo council's warehouse and its 2024/25 annual report, written once as Word and as HTML with the
/// defaults (no council or year given), for the tests that read them back.
/// </summary>
public sealed class DemoReport : IDisposable
{
    public DemoReport()
    {
        Warehouse = new TemporaryWarehouse();
        Warehouse.LoadDemo();
        var generator = Warehouse.Generator();
        Word = generator.Generate(Warehouse.Connection, new AnnualReportRequest(null, null, Warehouse.PathFor("report.docx")));
        Html = generator.Generate(Warehouse.Connection, new AnnualReportRequest(null, null, Warehouse.PathFor("report.html")));
        Document = WordDocumentReader.Read(Word.OutputPath);
    }

    public TemporaryWarehouse Warehouse { get; }

    public AnnualReportResult Word { get; }

    public AnnualReportResult Html { get; }

    public ReadDocument Document { get; }

    public void Dispose() => Warehouse.Dispose();
}
