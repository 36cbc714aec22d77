namespace ComplaintsAnalytics.Reports.Document;

/// <summary>
/// A table with its caption ("Table 1: ...") and the <c>mart.annual_*</c> view its figures come from,
/// which the writers put in the table's description (Word) and a data attribute (HTML).
/// </summary>
public sealed record TableBlock(
    string Caption,
    string SourceView,
    IReadOnlyList<TableColumn> Columns,
    IReadOnlyList<TableRow> Rows,
    IReadOnlyList<string> Notes) : ReportBlock;
