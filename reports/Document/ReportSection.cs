namespace ComplaintsAnalytics.Reports.Document;

/// <summary>A numbered section of the report (a table of <c>domain.md</c>), or an unnumbered one (Number 0).</summary>
public sealed record ReportSection(int Number, string Title, IReadOnlyList<ReportBlock> Blocks)
{
    /// <summary>The heading as printed: "5. Timeliness", or the title alone for an unnumbered section.</summary>
    public string Heading => Number > 0 ? $"{Number}. {Title}" : Title;

    /// <summary>The anchor the contents links to (a Word bookmark name: letters, digits and underscores only).</summary>
    public string Anchor => Number > 0 ? $"section_{Number}" : "section_" + new string([.. Title.ToLowerInvariant().Where(char.IsLetter)]);
}
