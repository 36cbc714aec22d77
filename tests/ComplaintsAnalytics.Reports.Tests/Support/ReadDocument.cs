namespace ComplaintsAnalytics.Reports.Tests.Support;

/// <summary>A report read back: its paragraphs (headings and text, in order), tables, and charts' alt texts.</summary>
public sealed record ReadDocument(IReadOnlyList<string> Paragraphs, IReadOnlyList<ReadTable> Tables, IReadOnlyList<string> ChartAltTexts)
{
    public ReadTable Table(string captionStart) =>
        Tables.SingleOrDefault(t => t.Caption.StartsWith(captionStart, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"No table \"{captionStart}...\"; the tables are: {string.Join("; ", Tables.Select(t => t.Caption))}");

    public string AllText => string.Join("\n", Paragraphs);
}
