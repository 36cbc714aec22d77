namespace ComplaintsAnalytics.Reports;

/// <summary>
/// One report to produce: the council (DfE code) and financial year, each defaulted by the warehouse when
/// null, the file to write (.docx, or .html/.htm), and whether small numbers are suppressed (null: the setting).
/// </summary>
public sealed record AnnualReportRequest(string? LaCode, string? Period, string OutputPath, bool? SuppressSmallNumbers = null);
