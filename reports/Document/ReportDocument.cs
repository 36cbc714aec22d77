namespace ComplaintsAnalytics.Reports.Document;

/// <summary>
/// The report's content, independent of format: the Word and HTML writers render the same document, so
/// the two always say the same thing.
/// </summary>
public sealed record ReportDocument(
    string Title,
    string AuthorityName,
    string Period,
    IReadOnlyList<string> TitlePageLines,
    string? DraftNotice,
    IReadOnlyList<ReportSection> Sections);
