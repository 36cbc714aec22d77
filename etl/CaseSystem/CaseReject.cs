namespace ComplaintsAnalytics.Etl.CaseSystem;

/// <summary>Why one row (or one field of it) was not loaded.</summary>
public sealed record CaseReject(long Row, string? Column, string? CaseReference, string? Value, string Reason);
