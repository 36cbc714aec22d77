namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>A table as read back from a document: caption, source view, header and body cells as printed.</summary>
public sealed record ReadTable(string Caption, string? SourceView, IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows)
{
    public int Column(string header) =>
        Header.ToList().IndexOf(header) is var i and >= 0 ? i : throw new KeyNotFoundException($"{Caption} has no column \"{header}\": {string.Join(" | ", Header)}");

    /// <summary>The body row whose first cell is <paramref name="label"/>.</summary>
    public IReadOnlyList<string> Row(string label) =>
        Rows.FirstOrDefault(r => r[0] == label) ?? throw new KeyNotFoundException($"{Caption} has no row \"{label}\".");
}
