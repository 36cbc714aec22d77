namespace ComplaintsAnalytics.Reports.Data;

/// <summary>A row of <c>mart.annual_themes</c>: one theme (or <c>all</c>) in one year, counting issues.</summary>
public sealed class ThemeRow
{
    public required string Year { get; init; }

    public required string ThemeCode { get; init; }

    public required string ThemeName { get; init; }

    public int SortOrder { get; init; }

    public long Raised { get; init; }

    public long Complaints { get; init; }

    public long UpheldOrPartly { get; init; }

    public double? UpheldPct { get; init; }

    public double? ChangePct { get; init; }

    public string? Direction { get; init; }
}
