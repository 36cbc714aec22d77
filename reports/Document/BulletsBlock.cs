namespace ComplaintsAnalytics.Reports.Document;

/// <summary>A bulleted list.</summary>
public sealed record BulletsBlock(IReadOnlyList<string> Items) : ReportBlock;
