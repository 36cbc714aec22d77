namespace ComplaintsAnalytics.Reports.Data;

/// <summary>A row of <c>mart.annual_complaints_by_stage</c>: one procedure and stage in one year.</summary>
public sealed class StageRow
{
    public required string Year { get; init; }

    public required string Procedure { get; init; }

    public int Stage { get; init; }

    public required string StageLabel { get; init; }

    public required string StageName { get; init; }

    public int SortOrder { get; init; }

    public long Received { get; init; }

    public long Escalated { get; init; }

    public double? EscalatedPct { get; init; }

    public long Compensated { get; init; }

    public decimal CompensationPaid { get; init; }
}
