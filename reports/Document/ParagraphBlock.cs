namespace ComplaintsAnalytics.Reports.Document;

/// <summary>A paragraph of text; a subheading when <see cref="IsSubheading"/>, small print when <see cref="IsNote"/>.</summary>
public sealed record ParagraphBlock(string Text, bool IsSubheading = false, bool IsNote = false) : ReportBlock;
