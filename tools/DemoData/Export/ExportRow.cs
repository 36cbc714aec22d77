using ComplaintsAnalytics.DemoData.Model;

namespace ComplaintsAnalytics.DemoData.Export;

/// <summary>One row of the export: the cells as written, the clean record behind them, and any planted defect.</summary>
internal sealed class ExportRow(DemoCase record, object?[] cells)
{
    public DemoCase Case { get; } = record;

    public object?[] Cells { get; } = cells;

    public DefectKind? Defect { get; set; }

    public string DefectNote { get; set; } = string.Empty;

    /// <summary>A good row whose case reference and stage reappear later with different data (a conflicting duplicate).</summary>
    public bool HasConflictingCopy { get; set; }

    /// <summary>Whether a strict import loads this row: no planted defect and no conflicting copy.</summary>
    public bool Loadable => Defect is null && !HasConflictingCopy;

    /// <summary>The spreadsheet row number (the header is row 1); set once all rows are in place.</summary>
    public int RowNumber { get; set; }
}
