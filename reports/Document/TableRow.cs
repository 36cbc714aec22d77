namespace ComplaintsAnalytics.Reports.Document;

/// <summary>A row of cells as printed; a total row is bold.</summary>
public sealed record TableRow(IReadOnlyList<string> Cells, bool IsTotal = false);
