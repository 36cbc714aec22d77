namespace ComplaintsAnalytics.Reports.Data;

/// <summary>
/// One row of a table over the years, as every <c>mart.annual_*</c> view gives it: the row's key and label,
/// one year's figure, and that year's change against the previous year and direction of travel.
/// </summary>
public sealed class TrendRow
{
    public required string Key { get; init; }

    public required string Label { get; init; }

    public int SortOrder { get; init; }

    public required string Year { get; init; }

    public double? Value { get; init; }

    /// <summary>Percentage change on the previous year (counts).</summary>
    public double? ChangePct { get; init; }

    /// <summary>Change in points on the previous year (shares and ratios).</summary>
    public double? ChangePoints { get; init; }

    /// <summary><c>up</c>, <c>down</c>, <c>level</c>, or null in the first year held.</summary>
    public string? Direction { get; init; }

    /// <summary><c>count</c>, <c>percent</c> or <c>ratio</c>.</summary>
    public string Unit { get; init; } = "count";

    /// <summary>Decimal places the figure is printed to.</summary>
    public int Decimals { get; init; }

    public string? Source { get; init; }
}
