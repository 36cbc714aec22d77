namespace ComplaintsAnalytics.Reports.Document;

/// <summary>A piece of a section: a paragraph, a list, a table or a chart.</summary>
public abstract record ReportBlock;
