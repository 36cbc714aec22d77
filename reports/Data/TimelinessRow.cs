namespace ComplaintsAnalytics.Reports.Data;

/// <summary>A row of <c>mart.annual_timeliness</c>: one procedure and stage (or all complaints) in one year.</summary>
public sealed class TimelinessRow
{
    public required string Year { get; init; }

    public required string Procedure { get; init; }

    public int Stage { get; init; }

    public required string StageLabel { get; init; }

    public int SortOrder { get; init; }

    public int? TimescaleWorkingDays { get; init; }

    public int? MaxWorkingDays { get; init; }

    public long Responses { get; init; }

    public long WithinTimescale { get; init; }

    public double? WithinPct { get; init; }

    public long Extended { get; init; }

    public double? ExtendedPct { get; init; }

    public double? AverageWorkingDays { get; init; }

    public double? PreviousWithinPct { get; init; }

    public string? Direction { get; init; }
}
