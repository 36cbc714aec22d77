using ComplaintsAnalytics.Reports.Data;

namespace ComplaintsAnalytics.Reports.Sections;

/// <summary>
/// How a table over the years is laid out: caption, source view, the label column's header, whether its
/// counts are protected (tables by team or complainant type), which rows are totals (bold, left out of
/// protection), and an optional grouping (a heading row per group, e.g. service area above its teams).
/// </summary>
internal sealed record TrendTableSpec(string Caption, string SourceView, string LabelHeader)
{
    public bool Protect { get; init; }

    public IReadOnlySet<string> TotalKeys { get; init; } = new HashSet<string>(StringComparer.Ordinal);

    public Func<TrendRow, string>? Group { get; init; }

    public IReadOnlyList<string> Notes { get; init; } = [];
}
