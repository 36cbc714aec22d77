namespace ComplaintsAnalytics.Reports.Data;

/// <summary>A row of <c>mart.annual_outcomes</c>: one outcome of one procedure and stage in one year.</summary>
public sealed class OutcomeRow
{
    public required string Year { get; init; }

    public required string Procedure { get; init; }

    public int Stage { get; init; }

    public required string StageLabel { get; init; }

    public required string Outcome { get; init; }

    public required string OutcomeName { get; init; }

    public int SortOrder { get; init; }

    public long Complaints { get; init; }

    public long? Closed { get; init; }

    public double? SharePct { get; init; }

    public string? Direction { get; init; }
}
