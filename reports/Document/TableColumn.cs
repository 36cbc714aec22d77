namespace ComplaintsAnalytics.Reports.Document;

/// <summary>A column: its header, relative width, and whether its cells are figures (right-aligned).</summary>
public sealed record TableColumn(string Header, int Width, bool IsFigure);
