namespace ComplaintsAnalytics.DemoData.Model;

/// <summary>One clean, invented record (one case at one stage) before it is dressed up as the messy export.</summary>
internal sealed class DemoCase
{
    public required RecordType Type { get; init; }

    public Procedure Procedure { get; init; }

    /// <summary>1, 2 or 3 for complaints; 0 otherwise.</summary>
    public int Stage { get; init; }

    public required DateTime Received { get; init; }

    public required Team Team { get; init; }

    public required Household Household { get; init; }

    public required StaffMember Worker { get; init; }

    public required ComplainantType Complainant { get; init; }

    public bool? Advocate { get; set; }

    public required ReceiptMethod Method { get; init; }

    public required IReadOnlyList<Theme> Themes { get; init; }

    public string Reference { get; set; } = string.Empty;

    public string Category { get; set; } = string.Empty;

    public string Summary { get; set; } = string.Empty;

    public DateOnly? ExtendedDue { get; set; }

    public DateOnly? Responded { get; set; }

    public Outcome Outcome { get; set; }

    public bool Escalated { get; set; }

    public decimal? Compensation { get; set; }

    public string? RejectionReason { get; set; }

    public string? Learning { get; set; }

    /// <summary>The export left the complainant type empty on this row (as about 3% of rows are).</summary>
    public bool ComplainantLeftBlank { get; set; }

    /// <summary>The same case at the previous stage (null at stage 1 and for non-complaints).</summary>
    public DemoCase? Previous { get; init; }

    /// <summary>The same case at the next stage, when escalated.</summary>
    public DemoCase? Next { get; set; }

    public DateOnly ReceivedDate => DateOnly.FromDateTime(Received);

    /// <summary>For a complaint that came through an elected member: an MP (true) or a councillor (false).</summary>
    public bool ViaMp => Household.Phone[^1] % 2 == 0;

    public ServiceArea Area => Team.Area;

    public bool IsComplaint => Type == RecordType.Complaint;

    /// <summary>Stage 1 with no escalation, or a record that is not a complaint: safe to spoil without breaking a stage chain.</summary>
    public bool IsStandalone => Previous is null && Next is null;
}
