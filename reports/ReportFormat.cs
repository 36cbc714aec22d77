namespace ComplaintsAnalytics.Reports;

/// <summary>The formats a report is written in, chosen by the output file's extension.</summary>
public enum ReportFormat
{
    Word,
    Html,
}
