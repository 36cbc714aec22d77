namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>A validated row in canonical form, ready for staging: a complaint stage or another representation.</summary>
public sealed class ConformedCase
{
    public long SourceRow { get; init; }

    public int AuthorityKey { get; init; }

    public required string CaseReference { get; init; }

    /// <summary><c>complaint_stage</c> or <c>representation</c>.</summary>
    public required string RecordKind { get; init; }

    public string? RepresentationType { get; init; }

    public string? Procedure { get; init; }

    public short? Stage { get; init; }

    public DateOnly ReceivedDate { get; init; }

    public DateOnly? ExtendedDueDate { get; init; }

    public DateOnly? RespondedDate { get; init; }

    public DateOnly? BaseDeadlineDate { get; init; }

    public DateOnly? DeadlineDate { get; init; }

    public int ClockPausedDays { get; init; }

    /// <summary>The base timescale, in working days, the deadline was computed from.</summary>
    public int? TimescaleWorkingDays { get; init; }

    public int? WorkingDaysTaken { get; init; }

    public bool? Extended { get; init; }

    public bool? ExtendedBeyondMaximum { get; init; }

    public bool? WithinTimescale { get; init; }

    public string? ClockStatus { get; init; }

    public required string ServiceArea { get; init; }

    public string? Team { get; init; }

    public string? ComplainantType { get; init; }

    public bool? Advocate { get; init; }

    public string? ReceiptMethod { get; init; }

    public string? Category { get; init; }

    /// <summary>The theme codes (<c>;</c>-separated) the profile maps the category to; null when it maps none.</summary>
    public string? CodedThemes { get; init; }

    public string? SummaryRedacted { get; init; }

    public string? LearningRedacted { get; init; }

    public string? Outcome { get; init; }

    public bool? Escalated { get; init; }

    public decimal? Compensation { get; init; }

    public string? Reason { get; init; }
}
